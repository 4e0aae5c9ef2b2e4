// Small text helpers for people-facing output (English; the CLI has no locale switch).
import type { LocalizedText, Outcome, ScoreBreakdown } from "../core/index";

export const fmt = (n: number): string => new Intl.NumberFormat("en-US").format(n);

export function text(t: LocalizedText | undefined): string {
  if (t === undefined) return "";
  return typeof t === "string" ? t : t.en;
}

export function scoreLine(score: ScoreBreakdown): string {
  return `score ${score.total} (${score.grade}): security ${score.security}, economy ${score.economy}, alliances ${score.alliances}`;
}

export function outcomeLine(outcome: Outcome | null, turns: number): string {
  if (!outcome) return `still in play after ${turns} turn(s)`;
  const how = outcome.result === "completed" ? `completed after ${outcome.turn} turns`
    : outcome.result === "dismissed" ? `dismissed (political capital exhausted) at turn ${outcome.turn}`
      : `lost: the adversary closed the compute gap at turn ${outcome.turn}`;
  return `${how} — ${scoreLine(outcome.score)}`;
}

export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile over sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
