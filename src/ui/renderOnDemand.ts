// A turn-based game does not need to redraw 60 times a second while the player reads. Once the menu is
// up, Phaser's loop sleeps after a short idle time and wakes on any input or change. This saves battery
// on laptops and keeps software-rendered browsers (no GPU: SwiftShader, old machines) responsive.
import type Phaser from "phaser";

const IDLE_MS = 600;
let game: Phaser.Game | undefined;
let timer: number | undefined;

/** Keeps the loop running for a while: call after anything that changes what is drawn. */
export function requestRender(): void {
  if (!game) return;
  if (!game.loop.running) game.loop.wake(true);
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (document.visibilityState === "visible") game?.loop.sleep();
  }, IDLE_MS);
}

export function enableRenderOnDemand(target: Phaser.Game): void {
  if (game) return;
  game = target;
  for (const type of ["pointermove", "pointerdown", "pointerup", "keydown", "wheel", "resize", "focus", "click", "input", "change"]) {
    window.addEventListener(type, requestRender, { passive: true, capture: true });
  }
  requestRender();
}
