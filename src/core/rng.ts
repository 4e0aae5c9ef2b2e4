// Keyed random streams. Each draw's generator is derived from (seed, system, subject, turn), not from one
// shared sequence: changing a decision about one country does not reshuffle unrelated rolls, and two
// students playing the same seed face the same world wherever their choices do not differ.
import seedrandom from "seedrandom";

export type RandomSystem = "hidden" | "leakage" | "detection" | "events" | "licences" | "bot";

export interface Stream {
  /** A float in [0, 1), the same in every engine. */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max], both ends included. */
  between(min: number, max: number): number;
  /** True with probability pm / 1000. */
  chancePm(pm: number): boolean;
}

export function streamKey(seed: string, system: RandomSystem, subject: string, turn: number): string {
  return `${seed}|${system}|${subject}|${turn}`;
}

export function stream(seed: string, system: RandomSystem, subject: string, turn: number): Stream {
  // Alea rather than seedrandom's default ARC4: a game opens a hundred streams a month and ARC4's key
  // schedule dominated the cost. Alea uses only + - * and |0, which are exact or correctly rounded everywhere.
  const prng = seedrandom.alea(streamKey(seed, system, subject, turn));
  const next = (): number => prng();
  const int = (n: number): number => (n <= 0 ? 0 : Math.floor(next() * n));
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chancePm: (pm) => int(1000) < pm,
  };
}
