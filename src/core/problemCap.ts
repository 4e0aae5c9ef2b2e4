// Work on a hostile file stays bounded: at most MAX_PROBLEMS problems are kept, and one more line says how
// many were left out. Lists are measured before their items are walked (a million empty objects in a 1 MB
// file would otherwise produce millions of problems). Shared by every reader of files people hand in.
import type { Problem } from "./problems";

export const MAX_PROBLEMS = 100;

/** The first `max` problems and, if any were left out, a last one saying how many. */
export function capProblems(problems: readonly Problem[], max = MAX_PROBLEMS): Problem[] {
  if (problems.length <= max) return problems.slice();
  const more = problems.length - max;
  return [...problems.slice(0, max), { path: "(file)", message: `and ${more} more problem${more === 1 ? "" : "s"}`, hint: "fix the first ones: later problems often follow from them" }];
}

export interface LengthLimit {
  /** Path of the list or object, as printed. */
  path: string;
  value: unknown;
  /** At most this many items (a list) or keys (an object). */
  max: number;
  what: string;
}

/** A problem for each list or object (given whole, not walked) longer than its limit. */
export function lengthProblems(limits: readonly LengthLimit[]): Problem[] {
  const problems: Problem[] = [];
  for (const { path, value, max, what } of limits) {
    if (value === null || typeof value !== "object") continue;
    const size = Array.isArray(value) ? value.length : Object.keys(value).length;
    if (size > max) problems.push({ path, message: `has too many ${what}`, expected: `at most ${max}`, found: `${size}`, hint: "a broken or hostile file: a real one stays far below the limit" });
  }
  return problems;
}
