// Player settings, kept in localStorage. Reading never throws: a missing or hand-edited entry falls back
// to the defaults, field by field.
import type { Locale } from "../i18n";

export type TextSize = "normal" | "large" | "larger";

export interface Settings {
  textSize: TextSize;
  colourBlindPalette: boolean;
  sound: boolean;
  locale: Locale;
}

const STORAGE_KEY = "chip-diplomacy/settings/v1";
export const TEXT_SCALE: Record<TextSize, number> = { normal: 1, large: 1.2, larger: 1.45 };

const defaults: Settings = { textSize: "normal", colourBlindPalette: false, sound: true, locale: "en" };

export function loadSettings(): Settings {
  let stored: Partial<Record<keyof Settings, unknown>> = {};
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === "object") stored = parsed as typeof stored;
  } catch {
    // Private mode or a corrupted entry: the defaults are the right answer.
  }
  return {
    textSize: stored.textSize === "large" || stored.textSize === "larger" ? stored.textSize : defaults.textSize,
    colourBlindPalette: stored.colourBlindPalette === true,
    sound: stored.sound !== false,
    locale: stored.locale === "fr" ? "fr" : "en",
  };
}

type Listener = (settings: Settings) => void;
const listeners = new Set<Listener>();
let current: Settings | undefined;

export function settings(): Settings {
  current ??= loadSettings();
  return current;
}

export function updateSettings(change: Partial<Settings>): void {
  current = { ...settings(), ...change };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Storage full or disabled: the setting still applies for this visit.
  }
  applySettingsToDocument(current);
  for (const listener of listeners) listener(current);
}

export function onSettingsChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The DOM overlays read these through CSS custom properties and classes. */
export function applySettingsToDocument(value: Settings): void {
  const root = document.documentElement;
  root.style.setProperty("--text-scale", String(TEXT_SCALE[value.textSize]));
  root.classList.toggle("palette-cb", value.colourBlindPalette);
}
