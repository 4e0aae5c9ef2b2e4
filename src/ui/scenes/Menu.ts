// Menu: the world in the background, the title, and the DOM menu (buttons and forms are DOM so they are
// keyboard- and screen-reader-accessible). Starting a game loads the core and game scenes on demand.
import Phaser from "phaser";
import { t } from "../../i18n";
import { palette, cssColour } from "../palette";
import { fontSize, FONT_FAMILY, uiScale, cssToCanvas } from "../viewport";
import { decodeWorldMap, drawMap, fitFrame, type WorldMap } from "../map/worldMap";
import { MAP_KEY } from "./Preload";
import { mountMenu } from "../menuView";
import { app, loadGameModule } from "../app";
import { onSettingsChange } from "../settings";

const BACKDROP_KEY = "menu-backdrop";
let decoded: WorldMap | undefined;

export function worldMap(scene: Phaser.Scene): WorldMap {
  decoded ??= decodeWorldMap(scene.cache.json.get(MAP_KEY));
  return decoded;
}

export class MenuScene extends Phaser.Scene {
  private unmount: (() => void) | undefined;

  constructor() {
    super("Menu");
  }

  create(): void {
    this.layout();
    this.unmount = mountMenu();
    const onResize = () => this.scene.restart();
    this.scale.on("resize", onResize);
    const offSettings = onSettingsChange(() => this.layout());
    this.events.once("shutdown", () => {
      this.scale.off("resize", onResize);
      offSettings();
      this.unmount?.();
    });
    app.markReady();
    // Warm the cache for "New game" while the player reads the menu, without delaying the menu itself.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 300));
    idle(() => void loadGameModule().catch(() => undefined));
  }

  private layout(): void {
    this.children.removeAll(true);
    const { width, height } = this.scale;
    const colours = palette();
    this.cameras.main.setBackgroundColor(colours.background);
    const map = worldMap(this);
    if (this.textures.exists(BACKDROP_KEY)) this.textures.remove(BACKDROP_KEY);
    const texture = this.textures.createCanvas(BACKDROP_KEY, width, height);
    if (texture) {
      drawMap(texture.getContext(), map, {
        frame: fitFrame(map, width, height),
        background: cssColour(colours.background),
        border: cssColour(colours.background),
        borderWidth: cssToCanvas(0.6),
        fillFor: (country) => (country.id ? "#1d3550" : "#17293d"),
        markerRadius: 0,
      });
      texture.refresh();
      this.add.image(0, 0, BACKDROP_KEY).setOrigin(0, 0).setAlpha(0.85);
    }
    const right = width - 48 * uiScale();
    this.add
      .text(right, height * 0.16, t("app.title"), { fontFamily: FONT_FAMILY, fontSize: fontSize(44), fontStyle: "bold", color: colours.text })
      .setOrigin(1, 0);
    this.add
      .text(right, height * 0.16 + 62 * uiScale(), t("app.tagline"), {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize(17),
        color: colours.textMuted,
        align: "right",
        wordWrap: { width: Math.min(width * 0.5, 560 * uiScale()) },
      })
      .setOrigin(1, 0);
  }
}
