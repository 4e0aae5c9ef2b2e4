// A few short synthesised cues (no audio files to download): a deal, a scandal, the turn ending.
// Off when the player turned sound off; silent where Web Audio is unavailable.
import { settings } from "./settings";
import { afterPresented } from "./frames";

let context: AudioContext | undefined;
/** Set when Web Audio cannot start: the constructor is not tried again on every cue. */
let unavailable = false;

type Cue = "deal" | "scandal" | "turn" | "reject";
const CUES: Record<Cue, [number, number][]> = {
  deal: [[523, 0.09], [659, 0.09], [784, 0.16]],
  scandal: [[220, 0.18], [185, 0.28]],
  turn: [[440, 0.07]],
  reject: [[300, 0.12]],
};

/**
 * Plays a cue in a task of its own, after what the player is waiting for (a reply, the turn report) is
 * on screen.
 */
export function play(cue: Cue): void {
  if (!settings().sound || unavailable) return;
  afterPresented(() => playNow(cue));
}

/**
 * Starts Web Audio ahead of the first cue, where the player waits anyway (the loading screen before a game).
 * The first AudioContext of a page is slow to create (0.5–1 s in headless Chromium, a main-thread task):
 * created by the first cue, it delayed the first turn report by that much.
 */
export function prepareSound(): void {
  if (!settings().sound || unavailable || context) return;
  try {
    context = new AudioContext();
  } catch {
    unavailable = true;
  }
}

function playNow(cue: Cue): void {
  if (unavailable) return;
  try {
    context ??= new AudioContext();
    // Created before any click or key (a game opened by a link), it starts suspended; a cue follows the player's input.
    if (context.state === "suspended") void context.resume().catch(() => undefined);
    let at = context.currentTime;
    for (const [frequency, duration] of CUES[cue]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      oscillator.type = "sine";
      gain.gain.setValueAtTime(0.08, at);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + duration);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + duration);
      at += duration;
    }
  } catch {
    // No audio device: the game is fully playable without sound.
    unavailable = context === undefined;
  }
}
