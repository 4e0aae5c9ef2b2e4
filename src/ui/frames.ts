// Work that can wait for what the player is waiting for (a turn report, a reply) to be on screen.

/**
 * Runs `callback` in a task of its own once the frame that shows the current DOM changes has been drawn and
 * the next one has begun: one frame is not enough, a task queued after the first frame's callbacks runs
 * before the browser presents that frame (with software WebGL, a texture upload then delays the
 * presentation itself, measured by `npm run bench:web`).
 */
export function afterPresented(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => window.setTimeout(callback, 0)));
}
