// Boot: nothing to load yet; hands over to Preload at once so the progress bar is the first thing seen.
import Phaser from "phaser";
import { palette } from "../palette";

export class BootScene extends Phaser.Scene {
  constructor() {
    super("Boot");
  }

  create(): void {
    this.cameras.main.setBackgroundColor(palette().background);
    this.scene.start("Preload");
  }
}
