// Game review, after chess engines' game reports: for each month, what the best designed bot would have
// made of the game from that same state (branches on the same seed: keyed streams keep the rest of the
// world the same), and the key moments — the months where the player's decisions lost or gained the most
// against that yardstick. Pure: the browser runs it in a Web Worker, a test or the CLI can run it anywhere.
import { BOTS } from "../bots/bots";
import { playOn } from "../bots/run";
import type { Bot } from "../bots/strategy";
import type { Action, GameState, LedgerEntry } from "../state";
import { scoreOf } from "../scoring";
import { buildTimeline, stateAtTurn, turnsOf, type Timeline } from "../replay/timeline";
import type { Policy, Scenario } from "../scenario/schema";

/** The designed bots a review compares against: not the yardsticks (idle, random). */
export const REVIEW_BOTS = ["balanced", "hawk", "dealmaker"] as const;

export interface ReviewMonth {
  turn: number;
  /** The best final score a designed bot reaches playing on from the start of this month. */
  bestScore: number;
  bestBot: string;
  /** Every designed bot's final score from here, by name. */
  scores: Record<string, number>;
  /** What the best bot did in this month, and what the player did. */
  botActions: Action[];
  playerActions: Action[];
  /**
   * What the player's month was worth against the best bot's play: the evaluation after the month
   * (the next month's bestScore, or the player's final score after the last) minus this month's.
   */
  swing: number;
}

export interface KeyMoment {
  turn: number;
  swing: number;
  kind: "loss" | "gain";
  /** The month's ledger entries that moved the most, the causes a class can discuss. */
  causes: LedgerEntry[];
}

export interface Review {
  turns: number;
  playerScore: number;
  months: ReviewMonth[];
  keyMoments: KeyMoment[];
}

export type ReviewResult = { ok: true; review: Review } | { ok: false; code: "review/unfinished" | "review/illegal-action"; message: string };

/** The player's final score: the game's outcome, or the score as it stands if the game is unfinished. */
function finalScore(state: GameState): number {
  return state.outcome?.score.total ?? scoreOf(state, false).total;
}

function monthActions(timeline: Timeline, turn: number): Action[] {
  const from = timeline.turnStarts[turn] ?? timeline.actions.length;
  const to = timeline.turnStarts[turn + 1] ?? timeline.actions.length;
  return timeline.actions.slice(from, to);
}

/** Entries that moved a tracked quantity the most in a month (one per cause), scandals and deals first. */
export function mainCauses(entries: readonly LedgerEntry[], limit = 4): LedgerEntry[] {
  const weight = (e: LedgerEntry): number => {
    if (e.cause === "diversion-detected" || e.cause === "diversion-scandal" || e.track === "deal" || e.track === "event") return 3;
    if (e.track === "politicalCapital" || e.track === "alliedTrust" || e.track === "hawkishness" || e.track === "relations") return 2;
    if (e.cause === "diversion") return 1;
    return 0;
  };
  const seen = new Set<string>();
  return entries
    .filter((e) => e.delta !== 0 || e.track === "deal" || e.track === "event")
    .map((e, i) => ({ e, i }))
    .sort((a, b) => weight(b.e) - weight(a.e) || Math.abs(b.e.delta) - Math.abs(a.e.delta) || a.i - b.i)
    .filter(({ e }) => {
      const key = `${e.cause}/${e.track}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit)
    .map((x) => x.e);
}

export interface ReviewInput {
  scenario: Scenario;
  seed: string;
  policy: Policy;
  actions: readonly Action[];
  /** Called after each month is evaluated: (months done, months in all). */
  onProgress?: (done: number, total: number) => void;
  bots?: readonly string[];
  /** The months to evaluate (a worker's share of a review split between several); all by default. */
  turns?: readonly number[];
}

export type ReviewMonthsResult = { ok: true; months: ReviewMonth[] } | Extract<ReviewResult, { ok: false }>;

/**
 * The bots' evaluation of some months of a game (`input.turns`, else all): each from the state at the start
 * of the month, taken from the timeline's checkpoints. The months' swings are left at 0: finishReview sets
 * them once every month is in.
 */
export function reviewMonths(input: ReviewInput): ReviewMonthsResult {
  const evaluated = evaluate(input);
  return evaluated.ok ? { ok: true, months: evaluated.months } : evaluated;
}

function evaluate(input: ReviewInput): { ok: true; months: ReviewMonth[]; final: GameState } | Extract<ReviewResult, { ok: false }> {
  const built = buildTimeline(input.scenario, input.seed, input.policy, input.actions, 1);
  if (!built.ok) return { ok: false, code: "review/illegal-action", message: `action ${built.index + 1} (turn ${built.turn + 1}) is refused: ${built.message}` };
  const { timeline, state: final } = built;
  const turns = turnsOf(timeline);
  if (turns === 0) return { ok: false, code: "review/unfinished", message: "no month was played: there is nothing to review" };
  const bots: Bot[] = (input.bots ?? REVIEW_BOTS).map((name) => BOTS[name]).filter((b): b is Bot => b !== undefined);
  const playerScore = finalScore(final);
  const share = (input.turns ?? Array.from({ length: turns }, (_, i) => i)).filter((turn) => turn >= 0 && turn < turns);
  const months: ReviewMonth[] = [];
  for (const turn of share) {
    const start = stateAtTurn(timeline, turn);
    const scores: Record<string, number> = {};
    let best: { bot: string; score: number; actions: Action[] } | null = null;
    for (const bot of bots) {
      const played = playOn(start, bot, { hashes: false });
      const score = finalScore(played.state);
      scores[bot.name] = score;
      if (!best || score > best.score) {
        const end = played.actions.findIndex((a) => a.type === "endTurn");
        best = { bot: bot.name, score, actions: played.actions.slice(0, end + 1) };
      }
    }
    months.push({
      turn, bestScore: best?.score ?? playerScore, bestBot: best?.bot ?? "", scores,
      botActions: best?.actions ?? [], playerActions: monthActions(timeline, turn), swing: 0,
    });
    input.onProgress?.(months.length, share.length);
  }
  return { ok: true, months, final };
}

/** The review from every month's evaluation (in any order) and the game's final state: swings and key moments. */
export function finishReview(evaluated: readonly ReviewMonth[], final: GameState): Review {
  const playerScore = finalScore(final);
  const months = [...evaluated].sort((a, b) => a.turn - b.turn).map((m) => ({ ...m }));
  for (let i = 0; i < months.length; i++) {
    const month = months[i] as ReviewMonth;
    const after = months[i + 1]?.bestScore ?? playerScore;
    month.swing = after - month.bestScore;
  }
  const keyMoments = [...months]
    .filter((m) => m.swing !== 0)
    .sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing) || a.turn - b.turn)
    .slice(0, 3)
    .sort((a, b) => a.turn - b.turn)
    .map((m): KeyMoment => ({
      turn: m.turn,
      swing: m.swing,
      kind: m.swing < 0 ? "loss" : "gain",
      causes: mainCauses(final.ledger[m.turn] ?? []),
    }));
  return { turns: months.length, playerScore, months, keyMoments };
}

/** The whole review in one thread (tests, the command line); the browser splits reviewMonths between workers. */
export function reviewGame(input: ReviewInput): ReviewResult {
  const evaluated = evaluate({ ...input, turns: undefined });
  return evaluated.ok ? { ok: true, review: finishReview(evaluated.months, evaluated.final) } : evaluated;
}
