// window.chipDiplomacy: the automation API that end-to-end tests and teachers' tools use to drive and
// inspect the game. It goes through the same paths as the player: actions are dispatched to the core.
import { app } from "./app";
import type { Session } from "./game/module";

let session: Session | undefined;

export function setAutomationSession(value: Session | undefined): void {
  session = value;
}

export interface ChipDiplomacyApi {
  readonly ready: boolean;
  scene(): string;
  /** Every active scene, in drawing order (one, except while Preload hands over). */
  scenes(): string[];
  state(): unknown;
  hash(): string | null;
  replay(): unknown;
  dispatch(action: unknown): { ok: true } | { ok: false; code: string; message: string };
  load(replay: unknown): Promise<boolean>;
  /** Screen position (CSS pixels) of a country on the map, for tests that click it. */
  locate(countryId: string): { x: number; y: number } | null;
}

type Locator = (countryId: string) => { x: number; y: number } | null;
let locator: Locator = () => null;

export function setCountryLocator(value: Locator): void {
  locator = value;
}

export function installAutomationApi(): void {
  const api: ChipDiplomacyApi = {
    get ready() {
      return app.ready;
    },
    scene: () => app.activeSceneKey(),
    scenes: () => (app.game?.scene.getScenes(true) ?? []).map((s) => s.scene.key),
    state: () => (session ? structuredClone(session.state) : null),
    hash: () => (session ? session.hash() : null),
    replay: () => (session ? session.replay() : null),
    dispatch: (action) => {
      if (!session) return { ok: false, code: "automation/no-game", message: "no game is running" };
      return session.dispatch(action);
    },
    load: (replay) => app.openReplayText(typeof replay === "string" ? replay : JSON.stringify(replay), "automation"),
    locate: (countryId) => locator(countryId),
  };
  Object.defineProperty(window, "chipDiplomacy", { value: api, configurable: false, writable: false });
}
