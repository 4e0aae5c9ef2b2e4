// The HUD drawn on the canvas: date and turn, political capital, and the global tracks as tiles with a
// trend sparkline over the turns played. Values the player can only estimate are marked "≈". A hidden
// DOM list mirrors the numbers for screen readers.
import Phaser from "phaser";
import { turnDate, type GameState, type Tracks } from "../core";
import { t, localized, formatMonth, formatCompact, formatNumber, formatPerMille, formatMillions, formatBillions, type MessageKey } from "../i18n";
import { palette, cssColour } from "./palette";
import { devicePixelRatioClamped, fontSize, FONT_FAMILY, uiScale } from "./viewport";
import { el, byId, clear } from "./dom";

type TrackKey = keyof Tracks;

interface TrackSpec {
  key: TrackKey;
  /** Whether up is good news for the US (sets the trend colour; the arrow says it too). */
  upIsGood: boolean;
  estimate?: boolean;
  format(value: number): string;
}

const TRACKS: TrackSpec[] = [
  { key: "usLead", upIsGood: true, estimate: true, format: formatPerMille },
  { key: "leakageDetected", upIsGood: false, format: formatCompact },
  { key: "industryPressure", upIsGood: false, format: (v) => formatNumber(v) },
  { key: "hawkishness", upIsGood: false, format: (v) => formatNumber(v) },
  { key: "alliedTrust", upIsGood: true, format: (v) => formatNumber(v) },
  { key: "revenue", upIsGood: true, format: formatMillions },
  { key: "investment", upIsGood: true, format: formatBillions },
  { key: "alternativeMaturity", upIsGood: false, estimate: true, format: formatPerMille },
];

export const TOP_BAR_CSS_HEIGHT = 64;

/** Shrinks a one-line text to fit `width` (down to 80 % of its size), then cuts it with "…". */
function fitText(object: Phaser.GameObjects.Text, full: string, width: number): Phaser.GameObjects.Text {
  const base = parseFloat(String(object.style.fontSize)) || 12;
  for (let size = base; object.width > width && size > base * 0.8; size -= 1) object.setFontSize(size - 1);
  if (object.width <= width) return object;
  let cut = full.length;
  while (cut > 1 && object.width > width) {
    cut -= 1;
    object.setText(`${full.slice(0, cut).trimEnd()}…`);
  }
  return object;
}

export class Hud {
  private objects: Phaser.GameObjects.GameObject[] = [];
  /** Height of the bottom strip, in canvas pixels, after the last layout. */
  stripHeight = 0;
  /** Where the score button goes in the top bar, in CSS pixels. */
  scoreLeft = 0;

  constructor(private readonly scene: Phaser.Scene) {}

  render(state: GameState, width: number, topHeight: number, stripWidth: number): void {
    for (const object of this.objects) object.destroy();
    this.objects = [];
    const s = uiScale();
    const colours = palette();
    const g = this.scene.add.graphics().setDepth(5);
    this.objects.push(g);
    g.fillStyle(colours.panel, 0.97).fillRect(0, 0, width, topHeight);
    g.lineStyle(1, 0x2f5577, 1).lineBetween(0, topHeight, width, topHeight);
    const text = (x: number, y: number, value: string, size: number, colour = colours.text, bold = false) => {
      const object = this.scene.add.text(x, y, value, { fontFamily: FONT_FAMILY, fontSize: fontSize(size), color: colour, fontStyle: bold ? "bold" : "" }).setDepth(6);
      this.objects.push(object);
      return object;
    };
    const pad = 14 * s;
    const date = formatMonth(turnDate(state.scenario.startDate, Math.min(state.turn, state.scenario.turns - 1)));
    const dateText = text(pad, 8 * s, date, 19, colours.text, true);
    // The scenario's title (not its id), the turn and, for the counterfactual, the regime; cut to fit.
    const subtitle = [t("hud.turn", { turn: Math.min(state.turn + 1, state.scenario.turns), turns: state.scenario.turns }), localized(state.scenario.title), state.policy === "tiered" ? t("policy.tiered") : null].filter(Boolean).join(" · ");
    const subtitleText = fitText(text(pad, 8 * s + dateText.height, subtitle, 12, colours.textMuted), subtitle, 200 * s);
    // The capital figure starts after whichever line is wider, so the two never overlap.
    const capitalX = pad + Math.max(dateText.width, subtitleText.width, 150 * s) + 24 * s;
    text(capitalX, 8 * s, t("track.politicalCapital"), 12, colours.textMuted);
    const capital = state.tracks.politicalCapital;
    text(capitalX, 22 * s, formatNumber(capital), 24, capital < 15 ? cssColour(colours.bad) : capital < 30 ? cssColour(colours.warn) : colours.text, true);
    this.sparkline(g, state, "politicalCapital", capitalX + 52 * s, 26 * s, 70 * s, 26 * s, colours.accent);
    this.scoreLeft = (capitalX + 140 * s) / devicePixelRatioClamped();

    // Bottom strip of track tiles, as many columns as fit, over the map's width only.
    const tileWidth = 150 * s;
    const tileHeight = 58 * s;
    // As many columns as fit, then balanced so the last row is not a lone tile.
    // At most two rows, so the map keeps its room in a small window or with large text; labels that no
    // longer fit are cut at a word (the hidden list below and the help keep the full names).
    const rows = Math.min(2, Math.ceil(TRACKS.length / Math.max(1, Math.floor(stripWidth / tileWidth))));
    const columns = Math.ceil(TRACKS.length / rows);
    this.stripHeight = rows * tileHeight;
    const top = this.scene.scale.height - this.stripHeight;
    g.fillStyle(colours.panel, 0.97).fillRect(0, top, stripWidth, this.stripHeight);
    const actualWidth = stripWidth / columns;
    TRACKS.forEach((spec, i) => {
      const x = (i % columns) * actualWidth + 10 * s;
      const y = top + Math.floor(i / columns) * tileHeight + 6 * s;
      const value = state.tracks[spec.key];
      const previous = state.history[state.history.length - 2]?.[spec.key] ?? state.history[0]?.[spec.key] ?? value;
      const change = value - previous;
      const good = change === 0 ? null : change > 0 === spec.upIsGood;
      // The label shrinks (then is cut with "…") to fit its tile; the "≈" of an estimate goes with the value, where it is never cut.
      const label = t(`track.${spec.key}` as MessageKey);
      fitText(text(x, y, label, 11, colours.textMuted), label, Math.max(40 * s, actualWidth - 20 * s));
      const valueText = text(x, y + 16 * s, (spec.estimate ? "≈ " : "") + spec.format(value), 16, colours.text, true);
      if (change !== 0) text(x + valueText.width + 6 * s, y + 19 * s, change > 0 ? "▲" : "▼", 11, cssColour(good ? colours.good : colours.bad));
      this.sparkline(g, state, spec.key, x, y + 38 * s, actualWidth - 24 * s, 12 * s, good === false ? colours.bad : colours.accent);
    });
    this.mirrorForScreenReaders(state);
  }

  private sparkline(g: Phaser.GameObjects.Graphics, state: GameState, key: TrackKey, x: number, y: number, width: number, height: number, colour: number): void {
    const values = [...state.history.map((h) => h[key]), state.tracks[key]];
    if (values.length < 2) {
      g.lineStyle(1, colour, 0.5).lineBetween(x, y + height / 2, x + width, y + height / 2);
      return;
    }
    const min = Math.min(...values);
    const max = Math.max(...values);
    const span = max - min || 1;
    const points = values.map((v, i) => new Phaser.Math.Vector2(x + (i / (values.length - 1)) * width, y + height - ((v - min) / span) * height));
    g.lineStyle(Math.max(1, 1.5 * uiScale()), colour, 1).strokePoints(points, false);
  }

  private mirrorForScreenReaders(state: GameState): void {
    let list = document.getElementById("hud-summary");
    if (!list) {
      list = el("ul", { id: "hud-summary", class: "visually-hidden", "aria-label": t("hud.summaryLabel") });
      byId("overlay").appendChild(list);
    }
    clear(list);
    list.appendChild(el("li", {}, `${t("track.politicalCapital")}: ${formatNumber(state.tracks.politicalCapital)}`));
    for (const spec of TRACKS) list.appendChild(el("li", {}, `${t(`track.${spec.key}` as MessageKey)}: ${spec.format(state.tracks[spec.key])}${spec.estimate ? ` (${t("facts.estimateNote")})` : ""}`));
  }

  destroy(): void {
    for (const object of this.objects) object.destroy();
    this.objects = [];
    document.getElementById("hud-summary")?.remove();
  }
}
