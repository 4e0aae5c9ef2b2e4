// The application controller: which screen is shown, and the bridge between the menu's DOM forms, the
// lazily loaded game module (core + game scenes) and the automation API. It holds no rules: games are
// created and changed only through the core, inside the game module.
import type Phaser from "phaser";
import { t } from "../i18n";
import type { CatalogueLoad, ScenarioSummary } from "./scenarioCatalogue";
import { readUrlParams, type UrlGame } from "./urlParams";
import { showToast, showProblems, type ProblemLike } from "./messages";
import type * as GameModuleType from "./game/module";
import type * as ClassroomModuleType from "./classroom/module";
import type { ClassroomPage } from "./classroom/scene";
import { enableRenderOnDemand, requestRender } from "./renderOnDemand";
import { PreloadScene } from "./scenes/Preload";
import { confirmLinkedGame, gameInProgress } from "./linkGuard";
import { LEGACY_KEYS } from "./saves";

export type GameModule = typeof GameModuleType;
export type Policy = "bilateral" | "tiered";

export interface NewGameSetup {
  scenario: unknown;
  seed: string;
  policy: Policy;
  /** Where the scenario came from, for messages: a bundled file name or the player's file. */
  origin: string;
  /** The player's name, if given: stored in the replay, so a class can be labelled by name. */
  player?: string;
}

/** What a task opens: a game or its debrief, or a classroom page (replay viewer, class comparison). */
export type Opened = { scene: "Game" | "Debrief"; session: GameModuleType.Session } | { scene: "Classroom"; page: ClassroomPage };
/** Work done while the Preload scene shows its bar: resolves to the screen to open, or null (already reported). */
export type SessionTask = () => Promise<Opened | null>;
export type ClassroomModule = typeof ClassroomModuleType;

let gameModule: Promise<GameModule> | undefined;
let classroomModule: Promise<ClassroomModule> | undefined;

/** The classroom (replay viewer, review, class comparison, their charts) is loaded only when opened. */
export function loadClassroomModule(): Promise<ClassroomModule> {
  classroomModule ??= import("./classroom/module");
  return classroomModule;
}

/** The core and the game scenes are not needed by the menu: fetched after it is interactive. */
export function loadGameModule(): Promise<GameModule> {
  gameModule ??= import("./game/module");
  return gameModule;
}

class App {
  game: Phaser.Game | undefined;
  scenarios: ScenarioSummary[] = [];
  ready = false;

  private catalogue: CatalogueLoad | undefined;

  setCatalogue(catalogue: CatalogueLoad): void {
    this.catalogue = catalogue;
    void catalogue.done.then(({ scenarios, failed }) => {
      this.scenarios = scenarios;
      if (failed.length > 0) showToast(t("preload.failed", { file: failed.join(", ") }), "error");
    });
  }

  /** The bundled scenarios, once they have arrived (at once, usually: they are fetched after the menu's first frame). */
  async bundledScenarios(): Promise<ScenarioSummary[]> {
    this.catalogue?.start();
    if (this.catalogue) this.scenarios = (await this.catalogue.done).scenarios;
    return this.scenarios;
  }

  urlNamesAGame(): boolean {
    const params = new URLSearchParams(window.location.search);
    return params.has("scenario") || params.has("seed") || params.has("policy") || this.urlNamesClassroom();
  }

  /** ?replay=<URL> (the replay viewer), ?class=<list URL> (a class) or #scenario=… (a teacher's own scenario carried in the link). */
  urlNamesClassroom(): boolean {
    const params = new URLSearchParams(window.location.search);
    return params.has("replay") || params.has("class") || window.location.hash.startsWith("#scenario=");
  }

  /** Boot, for a URL with game parameters: start that game, or explain what is wrong over the menu. */
  async startFromUrlOrMenu(scene: Phaser.Scene): Promise<void> {
    const scenarios = await this.bundledScenarios();
    // ?replay=<same-origin URL> opens the replay viewer; #scenario=… carries a teacher's own scenario.
    if (this.urlNamesClassroom() && (await this.openClassroomFromUrl())) return;
    const url = readUrlParams(window.location.search, scenarios.map((s) => s.id));
    if (url.kind === "game") {
      // Another game in progress stays in its slot, but the player is asked before the link takes over.
      const inProgress = await gameInProgress();
      if (!inProgress || await confirmLinkedGame(inProgress, url.game)) {
        await this.startFromUrl(url.game);
        return;
      }
    }
    scene.scene.start("Menu");
    if (url.kind === "invalid") showProblems(t("url.invalidTitle"), url.problems, t("url.invalidHint"));
  }

  /** Called by the menu, the game and the debrief once they accept input. */
  markReady(): void {
    // For `npm run bench:web` and the browser's performance panel: the first time the player can act.
    if (performance.getEntriesByName("interactive").length === 0) {
      requestAnimationFrame(() => {
        performance.mark("interactive");
        // The bundled scenarios (for New game), once the first screen is up.
        window.setTimeout(() => this.catalogue?.start(), 0);
      });
    }
    this.ready = true;
    // Between screens (Preload loading, a scene starting) the loop must run: scene changes happen in its steps.
    if (this.game) enableRenderOnDemand(this.game, () => !this.ready);
    requestRender();
  }

  activeSceneKey(): string {
    const scenes = this.game?.scene.getScenes(true) ?? [];
    return scenes[scenes.length - 1]?.scene.key ?? "Boot";
  }

  async startFromUrl(url: UrlGame): Promise<boolean> {
    const summary = this.scenarios.find((s) => s.id === url.scenarioId);
    if (!summary) return false;
    return this.startNewGame({ scenario: summary.raw, seed: url.seed, policy: url.policy ?? "bilateral", origin: url.scenarioId });
  }

  startNewGame(setup: NewGameSetup): Promise<boolean> {
    return this.runTask(async () => {
      const module = await this.loadModuleOrReport();
      if (!module) return null;
      const created = module.createSession(setup);
      if (!created.ok) {
        showProblems(t("scenario.invalidTitle", { origin: setup.origin }), created.problems, t("scenario.invalidHint"));
        return null;
      }
      return { scene: "Game", session: created.session };
    });
  }

  /** The most recent saved game that re-simulates (damaged ones are set aside and reported). */
  continueSavedGame(): Promise<boolean> {
    return this.openSaved((module, bundled) => module.continueLatest(bundled));
  }

  openSavedGame(slot: string): Promise<boolean> {
    return this.openSaved((module, bundled) => module.openSavedGame(slot, bundled));
  }

  private async openSaved(open: (module: GameModule, bundled: unknown[]) => Promise<{ session?: GameModuleType.Session; warning?: string }>): Promise<boolean> {
    const module = await this.loadModuleOrReport();
    if (!module) return false;
    const restored = await open(module, (await this.bundledScenarios()).map((s) => s.raw));
    if (restored.warning) showToast(restored.warning, "error");
    const session = restored.session;
    if (!session) return false;
    return this.runTask(async () => ({ scene: session.isOver() ? "Debrief" : "Game", session }));
  }

  /** Moves the old localStorage autosave into the save slots (loads the core only if there is one). */
  async migrateOldSaves(): Promise<void> {
    let found: boolean;
    try { found = LEGACY_KEYS.some((key) => localStorage.getItem(key) !== null); } catch { return; }
    if (!found) return;
    const module = await this.loadModuleOrReport();
    if (module) await module.migrateOldSaves();
  }

  async openReplayText(text: string, origin: string): Promise<boolean> {
    // Checked before leaving the menu: a bad file is reported over the menu the player was using.
    const module = await this.loadModuleOrReport();
    if (!module) return false;
    const loaded = module.sessionFromReplayText(text, (await this.bundledScenarios()).map((s) => s.raw));
    if (!loaded.ok) {
      showProblems(t("replay.invalidTitle", { origin }), loaded.problems, t("replay.invalidHint"));
      return false;
    }
    const session = loaded.session;
    const opened = await this.runTask(async () => ({ scene: session.isOver() ? "Debrief" : "Game", session }));
    if (opened && loaded.notice) showToast(loaded.notice, "info");
    return opened;
  }

  private async openClassroomFromUrl(): Promise<boolean> {
    try {
      return await (await loadClassroomModule()).openFromUrl(window.location);
    } catch {
      classroomModule = undefined;
      showToast(t("error.moduleLoad"), "error");
      return false;
    }
  }

  /** Opens a game or its debrief from a session the classroom prepared (a what-if taken over, a reviewed game). */
  openSession(session: GameModuleType.Session): Promise<boolean> {
    return this.runTask(async () => ({ scene: session.isOver() ? "Debrief" : "Game", session }));
  }

  /** Opens a classroom page (the task loads, checks and prepares it while the progress bar shows). */
  openClassroom(task: (module: ClassroomModule) => Promise<ClassroomPage | null>): Promise<boolean> {
    return this.runTask(async () => {
      let module: ClassroomModule;
      try {
        module = await loadClassroomModule();
      } catch {
        classroomModule = undefined;
        showToast(t("error.moduleLoad"), "error");
        return null;
      }
      const page = await task(module);
      return page ? { scene: "Classroom", page } : null;
    });
  }

  async openScenarioText(text: string, origin: string): Promise<{ ok: true; scenario: unknown } | { ok: false }> {
    const module = await this.loadModuleOrReport();
    if (!module) return { ok: false };
    const checked = module.checkScenarioText(text);
    if (!checked.ok) {
      showProblems(t("scenario.invalidTitle", { origin }), checked.problems, t("scenario.invalidHint"));
      return { ok: false };
    }
    return { ok: true, scenario: checked.value };
  }

  showMenu(): void {
    requestRender();
    const manager = this.game?.scene;
    if (!manager) return;
    for (const key of ["Boot", "Preload", "Game", "Debrief", "Classroom"]) if (manager.getScene(key) && manager.isActive(key)) manager.stop(key);
    manager.start("Menu");
  }

  /** Leaves the current screen for the Preload scene, which runs the task and opens what it returns. */
  private async runTask(task: SessionTask): Promise<boolean> {
    const manager = this.game?.scene;
    if (!manager) return false;
    requestRender();
    this.ready = false;
    let result: Awaited<ReturnType<SessionTask>> = null;
    const wrapped: SessionTask = async () => {
      result = await task();
      if (result) (await loadGameModule()).registerScenes(manager);
      if (result?.scene === "Classroom") (await loadClassroomModule()).registerScene(manager);
      return result;
    };
    // Boot too: a link (?replay=, ?scenario=) starts its screen from Boot, whose progress bar would stay drawn over the menu.
    for (const key of ["Boot", "Menu", "Game", "Debrief", "Classroom"]) if (manager.getScene(key) && manager.isActive(key)) manager.stop(key);
    // Registered on first use: every scene registered at boot costs the menu a set of scene systems.
    if (!manager.getScene("Preload")) manager.add("Preload", PreloadScene, false);
    await new Promise<void>((resolve) => {
      manager.start("Preload", { task: async () => {
        const opened = await wrapped();
        resolve();
        return opened;
      } });
    });
    return result !== null;
  }

  private async loadModuleOrReport(): Promise<GameModule | undefined> {
    try {
      return await loadGameModule();
    } catch {
      gameModule = undefined;
      showToast(t("error.moduleLoad"), "error");
      return undefined;
    }
  }
}

export const app = new App();
export type { ProblemLike };
