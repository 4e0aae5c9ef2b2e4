// The application controller: which screen is shown, and the bridge between the menu's DOM forms, the
// lazily loaded game module (core + game scenes) and the automation API. It holds no rules: games are
// created and changed only through the core, inside the game module.
import type Phaser from "phaser";
import { t } from "../i18n";
import { bundledScenarios, summarize, type ScenarioSummary } from "./scenarioCatalogue";
import { readUrlParams, type UrlGame } from "./urlParams";
import { showToast, showProblems, type ProblemLike } from "./messages";
import type * as GameModuleType from "./game/module";
import { enableRenderOnDemand, requestRender } from "./renderOnDemand";

export type GameModule = typeof GameModuleType;
export type Policy = "bilateral" | "tiered";

export interface NewGameSetup {
  scenario: unknown;
  seed: string;
  policy: Policy;
  /** Where the scenario came from, for messages: a bundled file name or the player's file. */
  origin: string;
}

let gameModule: Promise<GameModule> | undefined;

/** The core and the game scenes are not needed by the menu: fetch them after it is interactive. */
export function loadGameModule(): Promise<GameModule> {
  gameModule ??= import("./game/module");
  return gameModule;
}

class App {
  game: Phaser.Game | undefined;
  scenarios: ScenarioSummary[] = [];
  ready = false;
  private readyListeners: (() => void)[] = [];

  onAssetsLoaded(scene: Phaser.Scene): void {
    this.scenarios = bundledScenarios
      .map((entry) => summarize(scene.cache.json.get(entry.key) as unknown, entry.fileName))
      .filter((summary) => summary.raw !== undefined);
    const url = readUrlParams(window.location.search, this.scenarios.map((s) => s.id));
    if (url.kind === "game") {
      void this.startFromUrl(url.game);
      return;
    }
    scene.scene.start("Menu");
    if (url.kind === "invalid") showProblems(t("url.invalidTitle"), url.problems, t("url.invalidHint"));
  }

  /** Called by the menu (and the game scene) once they accept input. */
  markReady(): void {
    this.ready = true;
    if (this.game) enableRenderOnDemand(this.game);
    requestRender();
    for (const listener of this.readyListeners.splice(0)) listener();
  }

  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyListeners.push(resolve));
  }

  activeSceneKey(): string {
    const scenes = this.game?.scene.getScenes(true) ?? [];
    return scenes[scenes.length - 1]?.scene.key ?? "Boot";
  }

  async startFromUrl(url: UrlGame): Promise<void> {
    const summary = this.scenarios.find((s) => s.id === url.scenarioId);
    if (!summary) return;
    await this.startNewGame({ scenario: summary.raw, seed: url.seed, policy: url.policy ?? "bilateral", origin: url.scenarioId });
  }

  async startNewGame(setup: NewGameSetup): Promise<boolean> {
    const module = await this.loadModuleOrReport();
    if (!module) return false;
    const created = module.createSession(setup);
    if (!created.ok) {
      this.showMenu();
      showProblems(t("scenario.invalidTitle", { origin: setup.origin }), created.problems, t("scenario.invalidHint"));
      return false;
    }
    this.openSession(module, created.session);
    return true;
  }

  async continueSavedGame(): Promise<void> {
    const module = await this.loadModuleOrReport();
    if (!module) return;
    const restored = module.restoreAutosave();
    if (restored.warning) showToast(restored.warning, "error");
    if (restored.session) this.openSession(module, restored.session);
    else this.showMenu();
  }

  async openReplayText(text: string, origin: string): Promise<boolean> {
    const module = await this.loadModuleOrReport();
    if (!module) return false;
    const loaded = module.sessionFromReplayText(text, this.scenarios.map((s) => s.raw));
    if (!loaded.ok) {
      showProblems(t("replay.invalidTitle", { origin }), loaded.problems, t("replay.invalidHint"));
      return false;
    }
    this.openSession(module, loaded.session);
    if (loaded.notice) showToast(loaded.notice, "info");
    return true;
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
    for (const key of ["Game", "Debrief"]) if (manager.getScene(key) && manager.isActive(key)) manager.stop(key);
    manager.start("Menu");
  }

  private openSession(module: GameModule, session: GameModuleType.Session): void {
    const manager = this.game?.scene;
    if (!manager) return;
    requestRender();
    this.ready = false;
    module.registerScenes(manager);
    if (manager.isActive("Menu")) manager.stop("Menu");
    if (manager.isActive("Debrief")) manager.stop("Debrief");
    if (manager.isActive("Game")) manager.stop("Game");
    manager.start(session.isOver() ? "Debrief" : "Game", { session });
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
