// Boot: decides where the game starts. The menu needs nothing more than what is already here, so it
// opens at once (the bundled scenarios keep arriving in the background; "New game" waits for them if
// needed). A game named in the URL needs the scenarios first: Boot shows the title and a progress bar
// until they are in. The world map and the game code come later (Menu's prefetch, the Preload scene).
import Phaser from "phaser";
import { t } from "../../i18n";
import { palette } from "../palette";
import { app } from "../app";
import { ProgressBar } from "./progressBar";
import type { CatalogueLoad } from "../scenarioCatalogue";

export class BootScene extends Phaser.Scene {
  constructor() {
    super("Boot");
  }

  create(data: { catalogue: CatalogueLoad }): void {
    this.cameras.main.setBackgroundColor(palette().background);
    const catalogue = data.catalogue;
    app.setCatalogue(catalogue);
    if (!app.urlNamesAGame()) {
      // Through the manager, the menu starts now, in this frame, rather than on the next one.
      this.game.scene.start("Menu");
      this.scene.stop();
      return;
    }
    const bar = new ProgressBar(this, t("app.title"), "preload.scenarios");
    const poll = this.time.addEvent({ delay: 50, loop: true, callback: () => bar.set(catalogue.total ? catalogue.loaded() / catalogue.total : 1) });
    void catalogue.done.then(({ failed }) => {
      poll.remove();
      if (failed.length > 0) bar.fail(t("preload.failed", { file: failed.join(", ") }));
      void app.startFromUrlOrMenu(this);
    });
  }
}
