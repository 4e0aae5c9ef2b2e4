// Integer and fixed-point helpers: the only arithmetic the rules use besides + - * /.
// Everything here is built from operations that are exact (or correctly rounded) in every JS engine,
// so a game replays bit for bit in Node, Chromium, Firefox and QuickJS.

/** Per-mille scale: 1000 = 100 %. */
export const PER_MILLE = 1000;

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** floor(a * b / c) for non-negative integers small enough that a * b stays exact (< 2^53). */
export function mulDiv(a: number, b: number, c: number): number {
  return c === 0 ? 0 : Math.floor((a * b) / c);
}

/** a * b / 1000, floored: applies a per-mille factor. */
export function perMille(value: number, factorPm: number): number {
  return Math.floor((value * factorPm) / PER_MILLE);
}

/** value / total as per-mille, floored and clamped to 0..1000. */
export function shareOf(value: number, total: number): number {
  return total <= 0 ? 0 : clamp(Math.floor((value * PER_MILLE) / total), 0, PER_MILLE);
}

/** Integer square root, floored. Math.sqrt is correctly rounded by the standard, so this is engine-independent. */
export function isqrt(n: number): number {
  return n <= 0 ? 0 : Math.floor(Math.sqrt(n));
}

/** Exponents a concession curve may use: the temperaments' 4, 2, 1, 1/2 and 1/4. */
export type CurveExponent = 4 | 2 | 1 | 0.5 | 0.25;

/**
 * x^e for x in per-mille (0..1000), result in per-mille, using only multiplication and sqrt.
 * powPerMille(500, 2) = 250; powPerMille(250, 0.5) = 500.
 */
export function powPerMille(x: number, e: CurveExponent): number {
  const v = clamp(Math.floor(x), 0, PER_MILLE);
  switch (e) {
    case 1: return v;
    case 2: return Math.floor((v * v) / PER_MILLE);
    case 4: { const sq = Math.floor((v * v) / PER_MILLE); return Math.floor((sq * sq) / PER_MILLE); }
    case 0.5: return isqrt(v * PER_MILLE);
    case 0.25: return isqrt(isqrt(v * PER_MILLE) * PER_MILLE);
  }
}

/** The step that moves `current` a fraction (per-mille) of the way towards `target`, rounded towards zero. */
export function stepTowards(current: number, target: number, ratePm: number): number {
  return Math.trunc(((target - current) * ratePm) / PER_MILLE);
}
