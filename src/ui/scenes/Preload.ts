// Preload: the world map and the bundled scenarios, with a progress bar. Then either the game named in
// the URL, or the menu.
import Phaser from "phaser";
import mapUrl from "../../../assets/map/world.json?url";
import { t } from "../../i18n";
import { bundledScenarios } from "../scenarioCatalogue";
import { palette, cssColour } from "../palette";
import { fontSize, FONT_FAMILY, uiScale } from "../viewport";
import { app } from "../app";

export const MAP_KEY = "world-map";

export class PreloadScene extends Phaser.Scene {
  constructor() {
    super("Preload");
  }

  preload(): void {
    const { width, height } = this.scale;
    const colours = palette();
    const barWidth = Math.min(width * 0.6, 520 * uiScale());
    const barHeight = 14 * uiScale();
    const x = (width - barWidth) / 2;
    const y = height / 2;
    this.add
      .text(width / 2, y - 40 * uiScale(), t("app.title"), { fontFamily: FONT_FAMILY, fontSize: fontSize(28), color: colours.text })
      .setOrigin(0.5);
    const status = this.add
      .text(width / 2, y + 36 * uiScale(), t("preload.loading", { percent: "0%" }), {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize(14),
        color: colours.textMuted,
      })
      .setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(2, colours.accent, 1).strokeRoundedRect(x, y, barWidth, barHeight, barHeight / 2);
    const bar = this.add.graphics();
    this.load.on("progress", (value: number) => {
      bar.clear().fillStyle(colours.accent, 1).fillRoundedRect(x + 3, y + 3, Math.max(barHeight - 6, (barWidth - 6) * value), barHeight - 6, (barHeight - 6) / 2);
      status.setText(t("preload.loading", { percent: `${Math.round(value * 100)}%` }));
    });
    this.load.on("loaderror", (file: Phaser.Loader.File) => {
      status.setColor(cssColour(colours.bad)).setText(t("preload.failed", { file: file.key }));
    });
    this.load.json(MAP_KEY, mapUrl);
    for (const scenario of bundledScenarios) this.load.json(scenario.key, scenario.url);
  }

  create(): void {
    app.onAssetsLoaded(this);
  }
}
