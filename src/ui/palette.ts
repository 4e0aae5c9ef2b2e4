// Colours for the canvas. The colour-blind-safe palette uses Okabe–Ito hues, and every map layer also
// has a pattern or a label in the legend, so colour is never the only signal.
import { settings } from "./settings";

export interface Palette {
  background: number;
  ocean: number;
  landNeutral: number;
  landAdversary: number;
  adversaryMuted: number;
  border: number;
  highlight: number;
  text: string;
  textMuted: string;
  panel: number;
  accent: number;
  good: number;
  warn: number;
  bad: number;
  /** Ordered scales for the map layers, low to high. */
  dealStatus: { none: number; negotiating: number; deal: number; suspended: number; adversary: number };
  tiers: [number, number, number];
  risk: [number, number, number, number];
  series: number[];
}

const standard: Palette = {
  background: 0x0d1b2a,
  ocean: 0x10263b,
  landNeutral: 0x26323f,
  landAdversary: 0x5b2a2a,
  adversaryMuted: 0x4b3a5e,
  border: 0x0d1b2a,
  highlight: 0xffffff,
  text: "#e8eef5",
  textMuted: "#9fb3c8",
  panel: 0x13293d,
  accent: 0x4fb0ff,
  good: 0x3cc47c,
  warn: 0xf0b429,
  bad: 0xe5484d,
  dealStatus: { none: 0x607489, negotiating: 0xf0b429, deal: 0x3cc47c, suspended: 0xb36bff, adversary: 0x8c2f39 },
  tiers: [0x4fb0ff, 0xf0b429, 0xe5484d],
  risk: [0x2f855a, 0xd69e2e, 0xdd6b20, 0xc53030],
  series: [0x4fb0ff, 0xf0b429, 0x3cc47c, 0xe5484d, 0xb36bff, 0x7fdbda],
};

/** Okabe & Ito (2008), distinguishable under the common colour-vision deficiencies. */
const colourBlindSafe: Palette = {
  ...standard,
  accent: 0x56b4e9,
  good: 0x009e73,
  warn: 0xe69f00,
  bad: 0xd55e00,
  dealStatus: { none: 0x6b7b8c, negotiating: 0xe69f00, deal: 0x56b4e9, suspended: 0xcc79a7, adversary: 0xd55e00 },
  tiers: [0x56b4e9, 0xe69f00, 0xd55e00],
  risk: [0x56b4e9, 0xf0e442, 0xe69f00, 0xd55e00],
  series: [0x56b4e9, 0xe69f00, 0x009e73, 0xd55e00, 0xcc79a7, 0xf0e442],
};

export function palette(): Palette {
  return settings().colourBlindPalette ? colourBlindSafe : standard;
}

export function cssColour(value: number): string {
  return `#${value.toString(16).padStart(6, "0")}`;
}
