// The balance report: the bots over many seeds and the six criteria of a game worth playing (issue 8).
// Pure: plays games through the core and computes statistics; the CLI prints, the tests assert.
import type { NewGameOptions } from "../newGame";
import type { Policy, Scenario } from "../scenario/schema";
import { playGame } from "./run";
import type { Bot } from "./strategy";

export interface GameResult {
  seed: string;
  score: number;
  dismissed: boolean;
  leakage: number;
  leakageDetected: number;
  revenue: number;
  investment: number;
  /** The sum of the countries' investment capacities: what could ever arrive. */
  capacity: number;
  /** Non-end-turn actions the bot took. */
  actions: number;
}

export function playResult(scenario: Scenario, seed: string, bot: Bot, options: NewGameOptions = {}): GameResult {
  const played = playGame(scenario, seed, bot, { ...options, hashes: false });
  const { state } = played;
  return {
    seed,
    score: state.outcome?.score.total ?? 0,
    dismissed: state.outcome?.result === "dismissed",
    leakage: state.tracks.leakageTrue,
    leakageDetected: state.tracks.leakageDetected,
    revenue: state.tracks.revenue,
    investment: state.tracks.investment,
    capacity: scenario.countries.reduce((sum, c) => sum + c.investmentCapacity, 0),
    actions: played.actions.filter((a) => a.type !== "endTurn").length,
  };
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) * (x - m), 0) / (xs.length - 1));
}

/** The pooled standard deviation of two samples of equal size. */
export function pooledSd(a: readonly number[], b: readonly number[]): number {
  const sa = sd(a);
  const sb = sd(b);
  return Math.sqrt((sa * sa + sb * sb) / 2);
}

/** (mean a - mean b) in pooled SD; a zero spread with a positive gap counts as a large margin. */
export function marginInSd(a: readonly number[], b: readonly number[]): number {
  const gap = mean(a) - mean(b);
  const spread = pooledSd(a, b);
  return spread > 0 ? gap / spread : gap > 0 ? 99 : gap < 0 ? -99 : 0;
}

export interface BotSummary {
  bot: string;
  policy: Policy;
  games: number;
  score: number;
  scoreSd: number;
  leakage: number;
  revenue: number;
  investment: number;
  dismissedShare: number;
  scores: number[];
}

export function summarise(bot: string, policy: Policy, results: readonly GameResult[]): BotSummary {
  const scores = results.map((r) => r.score);
  return {
    bot, policy, games: results.length, score: mean(scores), scoreSd: sd(scores),
    leakage: mean(results.map((r) => r.leakage)), revenue: mean(results.map((r) => r.revenue)),
    investment: mean(results.map((r) => r.investment)), dismissedShare: mean(results.map((r) => (r.dismissed ? 1 : 0))), scores,
  };
}

export interface Criterion {
  id: number;
  title: string;
  pass: boolean;
  lines: string[];
  /** The separate checks a criterion is made of, when it has several. */
  parts?: { text: string; ok: boolean }[];
}

export interface BalanceInput {
  /** Bilateral results per bot (designed, controls and restricted), paired by seed index. */
  bilateral: Record<string, GameResult[]>;
  /** The tiered regime's results (played by the balanced bot). */
  tiered: GameResult[];
  designed: readonly string[];
  restricted: readonly string[];
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

/** Criteria 1, 2, 3, 5 and 6 (4, the exploit search, is reported by the search). */
export function judgeBalance(input: BalanceInput): { best: string; criteria: Criterion[] } {
  const get = (bot: string) => input.bilateral[bot] ?? [];
  const scores = (bot: string) => get(bot).map((r) => r.score);
  const best = [...input.designed].sort((a, b) => mean(scores(b)) - mean(scores(a)))[0] ?? "balanced";
  const criteria: Criterion[] = [];

  const randomMargin = marginInSd(scores(best), scores("random"));
  criteria.push({
    id: 1, title: "the best designed bot beats random legal play by at least 2 pooled SD", pass: randomMargin >= 2,
    lines: [`${best} ${f1(mean(scores(best)))} ± ${f1(sd(scores(best)))} against random ${f1(mean(scores("random")))} ± ${f1(sd(scores("random")))}: ${f2(randomMargin)} pooled SD`],
  });

  const idle = scores("idle");
  const idleLines: string[] = [];
  let idlePass = true;
  for (const bot of input.designed) {
    const theirs = scores(bot);
    const below = idle.filter((x, i) => x < (theirs[i] ?? -Infinity)).length;
    const share = idle.length ? below / idle.length : 0;
    if (share < 0.95) idlePass = false;
    idleLines.push(`idle below ${bot} on ${below} of ${idle.length} seeds (${(share * 100).toFixed(1)} %)`);
  }
  criteria.push({ id: 2, title: "idle scores below every designed bot on at least 95 % of paired seeds", pass: idlePass, lines: idleLines });

  const bestScores = scores(best);
  const restrictedLines: string[] = [];
  let restrictedPass = true;
  for (const bot of input.restricted) {
    const theirs = scores(bot);
    const margin = marginInSd(bestScores, theirs);
    const pass = mean(theirs) < mean(bestScores);
    if (!pass) restrictedPass = false;
    restrictedLines.push(`${bot} ${f1(mean(theirs))} ± ${f1(sd(theirs))}: ${pass ? "below" : "NOT below"} ${best} by ${f2(margin)} pooled SD`);
  }
  criteria.push({ id: 3, title: "every restricted strategy scores below the best designed bot", pass: restrictedPass, lines: restrictedLines });

  const hawk = summarise("hawk", "bilateral", get("hawk"));
  const dealmaker = summarise("dealmaker", "bilateral", get("dealmaker"));
  const balanced = summarise("balanced", "bilateral", get("balanced"));
  const tiered = summarise("balanced", "tiered", input.tiered);
  const designedSummaries = [hawk, dealmaker, balanced];
  const least = (k: "leakage" | "revenue") => Math.min(...designedSummaries.map((s) => s[k]));
  const most = (k: "leakage" | "revenue") => Math.max(...designedSummaries.map((s) => s[k]));
  const between = (k: "leakage" | "revenue") => tiered[k] > hawk[k] && tiered[k] < dealmaker[k];
  const tradeOffs = [
    { ok: hawk.leakage === least("leakage") && hawk.revenue === least("revenue"), text: "hawk has the least leakage and the least revenue" },
    { ok: dealmaker.leakage === most("leakage") && dealmaker.revenue === most("revenue"), text: "dealmaker has the most of both" },
    { ok: dealmaker.dismissedShare <= 0.1, text: `dealmaker dismissed in ${(dealmaker.dismissedShare * 100).toFixed(1)} % of games (at most 10 %)` },
    { ok: between("leakage"), text: "the tiered regime's leakage lies between hawk's and dealmaker's" },
    { ok: between("revenue"), text: "the tiered regime's revenue lies between hawk's and dealmaker's" },
  ];
  const row = (s: BotSummary) => `${s.bot}${s.policy === "tiered" ? " (tiered regime)" : ""}: leakage ${Math.round(s.leakage).toLocaleString("en-US")}, revenue $${Math.round(s.revenue).toLocaleString("en-US")}M, dismissed ${(s.dismissedShare * 100).toFixed(1)} %`;
  criteria.push({
    id: 5, title: "trade-offs show: hawk least leakage and revenue, dealmaker most (and kept in office), tiered between", pass: tradeOffs.every((t) => t.ok),
    lines: [...[hawk, balanced, dealmaker, tiered].map(row), ...tradeOffs.map((t) => `${t.ok ? "yes" : "NO"}: ${t.text}`)],
    parts: tradeOffs,
  });

  const all = [...Object.values(input.bilateral).flat(), ...input.tiered];
  const overInvested = all.filter((r) => r.investment > r.capacity).length;
  const overDetected = all.filter((r) => r.leakageDetected > r.leakage).length;
  criteria.push({
    id: 6, title: "nothing is credited that was not possible", pass: overInvested === 0 && overDetected === 0,
    lines: [
      `investment above the sum of capacities in ${overInvested} of ${all.length} games (max ${Math.max(0, ...all.map((r) => r.investment)).toLocaleString("en-US")} of ${all[0]?.capacity.toLocaleString("en-US") ?? 0} $B)`,
      `detected leakage above true leakage in ${overDetected} of ${all.length} games`,
    ],
  });
  return { best, criteria: criteria.sort((a, b) => a.id - b.id) };
}
