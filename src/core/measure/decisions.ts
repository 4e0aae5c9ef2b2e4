// How much the decisions of each month are worth: the measurements issue 9 is judged by. Pure and
// deterministic like the rest of the core, so the CLI prints them and the balance tests hold their shape.
// - early stop: a bot acting only in its first months, then ending every turn (dilemmas take their default);
// - decision value per month: the same seed, branched at month m where the bot only ends the turn, then
//   plays on as before (keyed streams keep the rest of the world the same);
// - licence policy: the bot with every licence approved, or every one denied, against its own judgement;
// - lead lost: how often reckless play (all the chips, no safeguards, every licence) loses the lead;
// - alliances: how far apart the designed strategies end on the alliances score.
import type { Bot } from "../bots/strategy";
import { DEALMAKER } from "../bots/bots";
import { parametricBot } from "../bots/parametric";
import { withDilemmas } from "../bots/dilemmaAnswers";
import { playOn } from "../bots/run";
import { newGame } from "../newGame";
import type { Scenario } from "../scenario/schema";
import type { Action, GameState } from "../state";
import { step } from "../step";

/** The bot plays its first `months` turns, then only ends the turn. */
export function actingOnlyFirst(bot: Bot, months: number): Bot {
  return { name: `${bot.name}-first-${months}`, description: `${bot.name}, acting only in its first ${months} months`, decide: (state) => (state.turn < months ? bot.decide(state) : { type: "endTurn" }) };
}

/** The bot with its licence judgement replaced: every licence approved (where the rules allow), or every one denied. */
export function licencesAll(bot: Bot, decision: "approve" | "deny"): Bot {
  return {
    name: `${bot.name}-${decision}-all`,
    description: `${bot.name}, with every licence request ${decision === "approve" ? "approved" : "denied"}`,
    decide(state) {
      for (const licence of state.licences) {
        if (licence.decision !== "pending") continue;
        const action: Action = { type: "licence", id: licence.id, decision };
        if (step(state, action).ok) return action;
        return { type: "licence", id: licence.id, decision: "deny" };
      }
      return bot.decide(state);
    },
  };
}

/** Reckless play: every country all the chips it wants, no safeguards, every licence approved, sales over security. */
export const reckless: Bot = withDilemmas(parametricBot(
  "reckless",
  "All the chips every country wants, no safeguards and no asks; approves every licence; answers dilemmas for sales.",
  {
    ...DEALMAKER, chipsOpen: 1000, chipsRisky: 1000, investOpen: 0, tariffOpen: 0, safeguards: 0, yieldSafeguards: 1, cooperationAt: 1001,
    acceptWithin: 1000, acceptAfter: 0, licenceBelow: 1001, briefAbove: 101, crackdownAbove: 101, reserve: 0, suspendAbove: 0,
  },
), { security: 0, economy: 1000, alliances: 0 });

export interface GameScore { total: number; security: number; economy: number; alliances: number; result: string }

function scoreOfGame(state: GameState): GameScore {
  const o = state.outcome;
  return { total: o?.score.total ?? 0, security: o?.score.security ?? 0, economy: o?.score.economy ?? 0, alliances: o?.score.alliances ?? 0, result: o?.result ?? "unfinished" };
}

export function playScore(scenario: Scenario, seed: string, bot: Bot): GameScore {
  return scoreOfGame(playOn(newGame(scenario, seed), bot, { hashes: false }).state);
}

/**
 * The full game, and for each month m in `months` the branch where the bot only ends the turn at m and
 * then plays on. Returns the full score and the branch scores, by month.
 */
export function monthBranches(scenario: Scenario, seed: string, bot: Bot, months: readonly number[]): { full: GameScore; skipped: Record<number, GameScore> } {
  const starts: GameState[] = [];
  let state = newGame(scenario, seed);
  const recorder: Bot = {
    ...bot,
    decide(s) {
      if (starts[s.turn] === undefined) starts[s.turn] = s;
      return bot.decide(s);
    },
  };
  state = playOn(state, recorder, { hashes: false }).state;
  const skipped: Record<number, GameScore> = {};
  for (const m of months) {
    const start = starts[m];
    if (!start) continue;
    const ended = step(start, { type: "endTurn" });
    if (!ended.ok) continue;
    skipped[m] = scoreOfGame(playOn(ended.state, bot, { hashes: false }).state);
  }
  return { full: scoreOfGame(state), skipped };
}

export interface Mean { mean: number; n: number }
export const meanOf = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export interface DecisionReport {
  seeds: number;
  bots: Record<string, { total: number; security: number; economy: number; alliances: number; leadLost: number; dismissed: number }>;
  best: string;
  firstThree: { full: number; firstThree: number; fraction: number };
  perMonth: { month: number; full: number; skipped: number; value: number }[];
  licences: { judged: number; approveAll: number; denyAll: number };
  leadLost: Record<string, number>;
  alliances: { means: Record<string, number>; spanOfMeans: number; min: number; max: number };
}

/** Every measurement over seeds `${prefix}1..n`. Cost: about (9 + turns / 2) games per seed. */
export function measureDecisions(scenario: Scenario, designed: Record<string, Bot>, seeds: number, prefix = "decisions-"): DecisionReport {
  const names = Object.keys(designed);
  const seedList = Array.from({ length: seeds }, (_, i) => `${prefix}${i + 1}`);
  const all: Record<string, GameScore[]> = {};
  for (const name of [...names, "reckless"]) {
    const bot = name === "reckless" ? reckless : designed[name];
    if (bot) all[name] = seedList.map((seed) => playScore(scenario, seed, bot));
  }
  const bots: DecisionReport["bots"] = {};
  for (const [name, games] of Object.entries(all)) {
    bots[name] = {
      total: meanOf(games.map((g) => g.total)), security: meanOf(games.map((g) => g.security)), economy: meanOf(games.map((g) => g.economy)),
      alliances: meanOf(games.map((g) => g.alliances)), leadLost: games.filter((g) => g.result === "lead-lost").length / games.length,
      dismissed: games.filter((g) => g.result === "dismissed").length / games.length,
    };
  }
  const best = names.reduce((a, b) => ((bots[b]?.total ?? 0) > (bots[a]?.total ?? 0) ? b : a), names[0] ?? "balanced");
  const bestBot = designed[best];
  if (!bestBot) throw new Error("internal: no designed bot to measure");
  const full = bots[best]?.total ?? 0;
  const firstThree = meanOf(seedList.map((seed) => playScore(scenario, seed, actingOnlyFirst(bestBot, 3)).total));
  const months = Array.from({ length: Math.max(0, scenario.turns - 2) }, (_, i) => i + 1);
  const branchSums: Record<number, number[]> = {};
  const fullScores: number[] = [];
  for (const seed of seedList) {
    const b = monthBranches(scenario, seed, bestBot, months);
    fullScores.push(b.full.total);
    for (const m of months) (branchSums[m] ??= []).push(b.skipped[m]?.total ?? b.full.total);
  }
  const fullMean = meanOf(fullScores);
  const perMonth = months.map((m) => ({ month: m + 1, full: fullMean, skipped: meanOf(branchSums[m] ?? []), value: fullMean - meanOf(branchSums[m] ?? []) }));
  const approveAll = meanOf(seedList.map((seed) => playScore(scenario, seed, licencesAll(bestBot, "approve")).total));
  const denyAll = meanOf(seedList.map((seed) => playScore(scenario, seed, licencesAll(bestBot, "deny")).total));
  const leadLost: Record<string, number> = {};
  for (const [name, b] of Object.entries(bots)) leadLost[name] = b.leadLost;
  const allianceMeans: Record<string, number> = {};
  for (const name of names) allianceMeans[name] = bots[name]?.alliances ?? 0;
  const means = Object.values(allianceMeans);
  const everyGame = names.flatMap((name) => (all[name] ?? []).map((g) => g.alliances));
  return {
    seeds, bots, best,
    firstThree: { full, firstThree, fraction: full === 0 ? 0 : firstThree / full },
    perMonth,
    licences: { judged: full, approveAll, denyAll },
    leadLost,
    alliances: { means: allianceMeans, spanOfMeans: Math.max(...means) - Math.min(...means), min: Math.min(...everyGame), max: Math.max(...everyGame) },
  };
}
