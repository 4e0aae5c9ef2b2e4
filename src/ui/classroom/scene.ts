// The classroom's one Phaser scene: a quiet background under the DOM page of the feature shown (replay
// viewer, class comparison). The page's controller does everything; the scene only hosts it.
import Phaser from "phaser";
import { palette } from "../palette";
import { app } from "../app";
import { setAutomationSession } from "../automation";
import { onSettingsChange, settings } from "../settings";

export interface ClassroomPage {
  /** Mounts the page (the scene gives access to the loaded world map); returns its cleanup. */
  mount(scene: Phaser.Scene): () => void;
}

export class ClassroomScene extends Phaser.Scene {
  private page!: ClassroomPage;

  constructor() {
    super("Classroom");
  }

  init(data: { page: ClassroomPage }): void {
    this.page = data.page;
  }

  create(): void {
    setAutomationSession(undefined);
    this.cameras.main.setBackgroundColor(palette().background);
    // The page covers the game's canvas: hidden, it costs nothing to composite when the loop wakes for a key or a click (render on demand).
    const canvas = this.game.canvas;
    canvas.style.visibility = "hidden";
    let unmount = this.page.mount(this);
    const locale = settings().locale;
    const offSettings = onSettingsChange((next) => {
      if (next.locale === locale) return;
      unmount();
      this.scene.restart({ page: this.page });
    });
    this.events.once("shutdown", () => {
      canvas.style.visibility = "";
      offSettings();
      unmount();
      unmount = () => undefined;
    });
    app.markReady();
  }
}
