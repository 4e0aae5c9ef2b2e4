// A turn-based game does not need to redraw 60 times a second while the player reads. Once the menu is
// up, Phaser's loop sleeps after a short idle time and wakes on any input or change. This saves battery
// on laptops and keeps software-rendered browsers (no GPU: SwiftShader, old machines) responsive.
import type Phaser from "phaser";

const IDLE_MS = 600;
let game: Phaser.Game | undefined;
let timer: number | undefined;
/** While this says so (loading, a scene change under way), the loop never sleeps. */
let busy: () => boolean = () => false;

/** Until when a change asked for frames (requestRender): a dialog opening then does not put the loop to sleep. */
let requestedUntil = 0;

/** Keeps the loop running for a while: call after anything that changes what is drawn. */
export function requestRender(): void {
  requestedUntil = performance.now() + IDLE_MS;
  wake();
}

function wake(): void {
  if (!game) return;
  if (!game.loop.running) game.loop.wake(true);
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (busy()) wake();
    else if (document.visibilityState === "visible") game?.loop.sleep();
  }, IDLE_MS);
}

/**
 * Input wakes the loop once the event has been handled, and not while a dialog is open: a dialog covers
 * the game, and nothing typed or clicked in it changes the canvas without an explicit requestRender (an
 * action's refresh). With software WebGL a frame of the game scene is a long job for the GPU process:
 * woken by the E key, the loop drew the unchanged map in the very frame that was to show the turn report
 * (and a dialog's focus change woke it too), which delayed the report by hundreds of milliseconds.
 */
function wakeForInput(): void {
  window.setTimeout(() => {
    if (!document.querySelector("dialog[open]")) wake();
  }, 0);
}

/**
 * A dialog has opened over the game: the loop sleeps now instead of drawing what it covers, unless
 * something is loading or a change has just asked for frames (a new language restarting the scene).
 */
export function sleepUnderDialog(): void {
  if (!game?.loop.running || busy() || performance.now() < requestedUntil) return;
  window.clearTimeout(timer);
  game.loop.sleep();
}

export function enableRenderOnDemand(target: Phaser.Game, isBusy: () => boolean): void {
  if (game) return;
  game = target;
  busy = isBusy;
  for (const type of ["pointermove", "pointerdown", "pointerup", "keydown", "wheel", "resize", "focus", "click", "input", "change"]) {
    window.addEventListener(type, wakeForInput, { passive: true, capture: true });
  }
  requestRender();
}
