// Preload: between the menu and a game, with a progress bar — the world map and the game code (the
// core and the game scenes), which the menu does not need. It then opens the game the task prepared,
// or goes back to the menu if the task failed (the task has already told the player why).
import Phaser from "phaser";
import mapUrl from "../../../assets/map/world.json?url";
import { t } from "../../i18n";
import { palette } from "../palette";
import { app, type SessionTask } from "../app";
import { ProgressBar } from "./progressBar";
import { prepareSound } from "../sound";

export const MAP_KEY = "world-map";
export { mapUrl };

export class PreloadScene extends Phaser.Scene {
  private pending: ReturnType<SessionTask> | undefined;

  constructor() {
    super("Preload");
  }

  init(data: { task: SessionTask }): void {
    // Start the task (fetching the game code, checking the scenario) while the map loads.
    this.pending = data.task();
  }

  preload(): void {
    this.cameras.main.setBackgroundColor(palette().background);
    const bar = new ProgressBar(this, t("app.title"), "preload.loading");
    this.load.on("progress", (value: number) => bar.set(value));
    this.load.on("loaderror", (file: Phaser.Loader.File) => bar.fail(t("preload.failed", { file: file.key })));
    if (!this.cache.json.exists(MAP_KEY)) this.load.json(MAP_KEY, mapUrl);
  }

  create(): void {
    const pending = this.pending;
    if (!pending || !this.cache.json.exists(MAP_KEY)) {
      app.showMenu();
      return;
    }
    void pending.then((opened) => {
      if (!this.scene.isActive()) return;
      if (opened && opened.scene === "Game") prepareSound();
      if (opened) this.scene.start(opened.scene, opened.scene === "Classroom" ? { page: opened.page } : { session: opened.session });
      else app.showMenu();
    });
  }
}
