// The canvas is rendered at device pixels and shown at CSS size (scale mode NONE, zoom 1/devicePixelRatio).
// Why not RESIZE: it maps one canvas pixel to one CSS pixel, so on a 2× screen every line and glyph is
// upscaled and blurry. Why not FIT: it letterboxes a fixed aspect ratio, wasting the sides of a wide
// window that the map and panels can use. Drawing at device pixels makes text and borders crisp, and
// layout code multiplies its sizes by `uiScale` (devicePixelRatio × the text-size setting).
import { settings, TEXT_SCALE } from "./settings";

export function devicePixelRatioClamped(): number {
  // Beyond 3× the extra pixels cost fill rate without a visible gain.
  return Math.min(3, Math.max(1, window.devicePixelRatio || 1));
}

export function canvasSize(): { width: number; height: number; zoom: number } {
  const ratio = devicePixelRatioClamped();
  return {
    width: Math.round(window.innerWidth * ratio),
    height: Math.round(window.innerHeight * ratio),
    zoom: 1 / ratio,
  };
}

/** Multiply CSS-pixel sizes by this to get canvas pixels. */
export function uiScale(): number {
  return devicePixelRatioClamped() * TEXT_SCALE[settings().textSize];
}

/** CSS pixels to canvas pixels, without the text-size setting (for layout against DOM overlays). */
export function cssToCanvas(value: number): number {
  return value * devicePixelRatioClamped();
}

export function fontSize(cssPixels: number): string {
  return `${Math.round(cssPixels * uiScale())}px`;
}

export const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
