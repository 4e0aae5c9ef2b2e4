// The aria-live region: a screen reader hears turn reports, replies and events as they happen.
import { byId } from "./dom";

export function announce(message: string): void {
  const region = byId("live");
  // Clearing first makes screen readers repeat a message identical to the previous one.
  region.textContent = "";
  window.setTimeout(() => {
    region.textContent = message;
  }, 30);
}
