// Keyed random streams. Each draw's generator is derived from (seed, system, subject, turn), not from one
// shared sequence: changing a decision about one country does not reshuffle unrelated rolls, and two
// students playing the same seed face the same world wherever their choices do not differ.
import seedrandom from "seedrandom";

export type RandomSystem = "hidden" | "leakage" | "detection" | "events" | "licences" | "bot" | "pledges" | "rival" | "violation" | "requests";

/** One keyed generator. A class, not closures: a game opens a hundred streams a month. Never stored in state. */
export class Stream {
  private readonly prng: () => number;

  constructor(key: string) {
    // Alea rather than seedrandom's default ARC4, whose key schedule dominated the cost of a month.
    // Alea uses only + - * and |0, which are exact or correctly rounded in every engine.
    this.prng = seedrandom.alea(key);
  }

  /** A float in [0, 1), the same in every engine. */
  next(): number {
    return this.prng();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor(this.prng() * n);
  }

  /** An integer in [min, max], both ends included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** True with probability pm / 1000. */
  chancePm(pm: number): boolean {
    return this.int(1000) < pm;
  }
}

export function streamKey(seed: string, system: RandomSystem, subject: string, turn: number): string {
  return `${seed}|${system}|${subject}|${turn}`;
}

export function stream(seed: string, system: RandomSystem, subject: string, turn: number): Stream {
  return new Stream(streamKey(seed, system, subject, turn));
}
