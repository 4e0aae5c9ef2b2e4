// A turn-based game does not need to redraw 60 times a second while the player reads. Once the menu is
// up, Phaser's loop sleeps after a short idle time and wakes on any input or change. This saves battery
// on laptops and keeps software-rendered browsers (no GPU: SwiftShader, old machines) responsive.
import type Phaser from "phaser";

const IDLE_MS = 600;
let game: Phaser.Game | undefined;
let timer: number | undefined;
/** While this says so (loading, a scene change under way), the loop never sleeps. */
let busy: () => boolean = () => false;

/** Keeps the loop running for a while: call after anything that changes what is drawn. */
export function requestRender(): void {
  if (!game) return;
  if (!game.loop.running) game.loop.wake(true);
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (busy()) requestRender();
    else if (document.visibilityState === "visible") game?.loop.sleep();
  }, IDLE_MS);
}

export function enableRenderOnDemand(target: Phaser.Game, isBusy: () => boolean): void {
  if (game) return;
  game = target;
  busy = isBusy;
  for (const type of ["pointermove", "pointerdown", "pointerup", "keydown", "wheel", "resize", "focus", "click", "input", "change"]) {
    window.addEventListener(type, requestRender, { passive: true, capture: true });
  }
  requestRender();
}
