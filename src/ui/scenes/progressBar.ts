// The progress bar shared by Boot (scenarios) and Preload (map and game code).
import type Phaser from "phaser";
import { t, type MessageKey } from "../../i18n";
import { palette, cssColour } from "../palette";
import { fontSize, FONT_FAMILY, uiScale } from "../viewport";

export class ProgressBar {
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly status: Phaser.GameObjects.Text;
  private readonly geometry: { x: number; y: number; width: number; height: number };

  constructor(private readonly scene: Phaser.Scene, title: string, private readonly label: MessageKey) {
    const { width, height } = scene.scale;
    const colours = palette();
    const s = uiScale();
    const barWidth = Math.min(width * 0.6, 520 * s);
    const barHeight = 14 * s;
    this.geometry = { x: (width - barWidth) / 2, y: height / 2, width: barWidth, height: barHeight };
    scene.add.text(width / 2, this.geometry.y - 40 * s, title, { fontFamily: FONT_FAMILY, fontSize: fontSize(28), color: colours.text }).setOrigin(0.5);
    this.status = scene.add
      .text(width / 2, this.geometry.y + 36 * s, t(label, { percent: "0%" }), { fontFamily: FONT_FAMILY, fontSize: fontSize(14), color: colours.textMuted })
      .setOrigin(0.5);
    scene.add.graphics().lineStyle(2, colours.accent, 1).strokeRoundedRect(this.geometry.x, this.geometry.y, barWidth, barHeight, barHeight / 2);
    this.bar = scene.add.graphics();
  }

  set(value: number): void {
    const { x, y, width, height } = this.geometry;
    const inner = height - 6;
    this.bar.clear().fillStyle(palette().accent, 1).fillRoundedRect(x + 3, y + 3, Math.max(inner, (width - 6) * value), inner, inner / 2);
    this.status.setText(t(this.label, { percent: `${Math.round(value * 100)}%` }));
  }

  fail(message: string): void {
    this.status.setColor(cssColour(palette().bad)).setText(message);
  }
}
