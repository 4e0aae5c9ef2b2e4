// Is a scenario any good? Plays it with every bot over a few dozen seeds and measures what an author tunes:
// each country's expected leakage rate and idle leakage a month, revenue against the market, the score
// spread per bot, how often each event fires and each loss happens; then warns about the usual mistakes
// (a security score pinned at its floor, an event that never fires, a country nobody deals with, a bot
// dismissed in most games, strategy not mattering). Pure: the command line and tests call it alike.
import { BOT_NAMES, BOTS } from "../bots/bots";
import { playGame } from "../bots/run";
import { diversionRatePm, exposureOf, riskFactors } from "../leakage";
import { mulDiv } from "../math";
import { newGame } from "../newGame";
import { regularShipments } from "../shipments";
import type { GameState } from "../state";
import type { Policy, Scenario } from "./schema";

export interface CalibrationOptions {
  seeds: number;
  seedPrefix?: string;
  policy?: Policy;
  /** Bots to play; all named bots by default. */
  bots?: string[];
  /** Called after each game (progress on a terminal). */
  onGame?: (done: number, total: number) => void;
}

export interface Spread { mean: number; min: number; p10: number; median: number; p90: number; max: number }

export interface BotCalibration {
  bot: string;
  games: number;
  score: Spread;
  security: number;
  economy: number;
  alliances: number;
  /** Revenue earned against the friendly market's potential, per-mille, mean over games. */
  revenueShare: number;
  /** Games in which true leakage reached scoring.leakageReference: the security score's leakage part at its floor. */
  securityFloorGames: number;
  results: { completed: number; dismissed: number; "lead-lost": number };
  leakage: Spread;
}

export interface CountryCalibration {
  id: string;
  adversary: boolean;
  /** Diversion exposure, per-mille: (3 × adversaryTies + 5 × hubExposure) / 8. */
  exposure: number;
  /** Expected diversion rate of its baseline shipments at the start, per-mille of chips shipped (no deal, no safeguards). */
  expectedRatePm: number;
  /** Chips shipped a month without any deal at the start (bilateral: demand × baselineAccess). */
  baselineShipments: number;
  /** Expected leakage a month at the start from those shipments alone. */
  expectedIdleLeak: number;
  /** Leakage a month through this country in the idle bot's games (mean). */
  idleLeakPerMonth: number;
  /** Share of the playing bots' games (every bot but idle) in which it signed a deal that ships chips, per-mille. */
  dealGamesPm: number;
}

export interface EventCalibration { id: string; firedGames: number; games: number }

export interface CalibrationWarning {
  code: "security-floor" | "event-never-fires" | "country-no-deals" | "bot-dismissed" | "strategy-flat" | "idle-competitive" | "lead-lost-often";
  subject?: string;
  message: string;
}

export interface Calibration {
  scenario: string;
  policy: Policy;
  seeds: number;
  turns: number;
  bots: BotCalibration[];
  countries: CountryCalibration[];
  events: EventCalibration[];
  warnings: CalibrationWarning[];
}

/** Rounded to one decimal, with the core's allowed arithmetic only. */
const tenths = (x: number): number => Math.floor(x * 10 + 0.5) / 10;

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p * sorted.length) / 100))] ?? 0;
  return { mean: meanOf(sorted), min: sorted[0] ?? 0, p10: at(10), median: at(50), p90: at(90), max: sorted[sorted.length - 1] ?? 0 };
}

const meanOf = (values: readonly number[]): number => (values.length === 0 ? 0 : tenths(values.reduce((s, x) => s + x, 0) / values.length));
/** Whether the country signed a deal that ships chips at some point of the game (a deal for nothing is no deal). */
const signedDeal = (state: GameState, id: string): boolean => {
  const country = state.countries[id];
  if (!country) return false;
  if (country.deal && country.deal.terms.chips > 0) return true;
  return country.closedTalks.some((t) => t.outcome === "deal" && (t.offers[t.offers.length - 1]?.terms.chips ?? 0) > 0);
};

export function calibrate(scenario: Scenario, options: CalibrationOptions): Calibration {
  const policy = options.policy ?? scenario.policy;
  const prefix = options.seedPrefix ?? "calibrate-";
  const botNames = options.bots ?? BOT_NAMES;
  const total = botNames.length * options.seeds;
  const byBot = new Map<string, GameState[]>();
  let done = 0;
  for (const name of botNames) {
    const bot = BOTS[name];
    if (!bot || !Object.prototype.hasOwnProperty.call(BOTS, name)) continue;
    const games: GameState[] = [];
    for (let i = 1; i <= options.seeds; i++) {
      games.push(playGame(scenario, `${prefix}${i}`, bot, { policy, hashes: false }).state);
      done += 1;
      options.onGame?.(done, total);
    }
    byBot.set(name, games);
  }
  const all = [...byBot.values()].flat();
  const playing = [...byBot.entries()].filter(([name]) => name !== "idle").flatMap(([, games]) => games);
  const idle = byBot.get("idle") ?? [];

  const bots: BotCalibration[] = [...byBot.entries()].map(([bot, games]) => {
    const results = { completed: 0, dismissed: 0, "lead-lost": 0 };
    for (const g of games) if (g.outcome) results[g.outcome.result] += 1;
    return {
      bot, games: games.length,
      score: spread(games.map((g) => g.outcome?.score.total ?? 0)),
      security: meanOf(games.map((g) => g.outcome?.score.security ?? 0)),
      economy: meanOf(games.map((g) => g.outcome?.score.economy ?? 0)),
      alliances: meanOf(games.map((g) => g.outcome?.score.alliances ?? 0)),
      revenueShare: meanOf(games.map((g) => (g.tracks.potentialRevenue > 0 ? mulDiv(g.tracks.revenue, 1000, g.tracks.potentialRevenue) : 0))),
      securityFloorGames: games.filter((g) => g.tracks.leakageTrue >= scenario.scoring.leakageReference).length,
      results,
      leakage: spread(games.map((g) => g.tracks.leakageTrue)),
    };
  });

  const start = newGame(scenario, `${prefix}1`, { policy });
  const countries: CountryCalibration[] = scenario.countries.map((profile) => {
    const country = start.countries[profile.id];
    const baseline = country ? regularShipments(start, country, profile) : 0;
    const rate = country ? diversionRatePm(scenario.globals.maxLeakRate, riskFactors(start, country, baseline)) : 0;
    return {
      id: profile.id,
      adversary: profile.adversary,
      exposure: country ? exposureOf(country) : 0,
      expectedRatePm: rate,
      baselineShipments: baseline,
      expectedIdleLeak: mulDiv(baseline, rate, 1000),
      idleLeakPerMonth: meanOf(idle.map((g) => Math.floor((g.countries[profile.id]?.diverted ?? 0) / Math.max(1, g.turn)))),
      dealGamesPm: playing.length === 0 ? 0 : Math.floor((playing.filter((g) => signedDeal(g, profile.id)).length * 1000) / playing.length),
    };
  });

  const events: EventCalibration[] = scenario.events.map((event) => ({
    id: event.id, games: all.length, firedGames: all.filter((g) => g.firedEvents.includes(event.id)).length,
  }));

  return { scenario: scenario.id, policy, seeds: options.seeds, turns: scenario.turns, bots, countries, events, warnings: warningsOf(scenario, bots, countries, events, playing.length) };
}

function warningsOf(scenario: Scenario, bots: BotCalibration[], countries: CountryCalibration[], events: EventCalibration[], playingGames: number): CalibrationWarning[] {
  const warnings: CalibrationWarning[] = [];
  const games = bots.reduce((s, b) => s + b.games, 0);
  const floor = bots.reduce((s, b) => s + b.securityFloorGames, 0);
  const playingBots = bots.filter((b) => b.bot !== "idle");
  const pinned = playingBots.filter((b) => b.securityFloorGames * 2 > b.games);
  if (games > 0 && pinned.length > 0 && pinned.length === playingBots.length) {
    const medianLeak = spread(bots.map((b) => b.leakage.median)).median;
    warnings.push({
      code: "security-floor",
      message: `security is pinned at its floor: true leakage reached scoring.leakageReference (${scenario.scoring.leakageReference} H100e) in ${floor} of ${games} games, for every bot, so no strategy earns the security score's leakage part; `
        + `a leakageReference of about ${Math.max(1, medianLeak * 2)} (twice the bots' median leakage, ${medianLeak}) lets safeguards show`,
    });
  }
  for (const event of events) {
    if (event.firedGames === 0 && event.games > 0) {
      warnings.push({ code: "event-never-fires", subject: event.id, message: `the event "${event.id}" fired in none of ${event.games} games: check its window, conditions and probability` });
    }
  }
  if (playingGames > 0) {
    for (const country of countries) {
      if (!country.adversary && country.dealGamesPm === 0) {
        warnings.push({ code: "country-no-deals", subject: country.id, message: `no bot signed a deal that ships chips to ${country.id} in ${playingGames} games: its demand, reservation, patience or priorities may leave no deal worth making` });
      }
    }
  }
  for (const bot of bots) {
    if (bot.results.dismissed * 2 > bot.games) {
      warnings.push({ code: "bot-dismissed", subject: bot.bot, message: `the ${bot.bot} bot was dismissed (political capital exhausted) in ${bot.results.dismissed} of ${bot.games} games: capital, its regain or the costs of play may be too tight` });
    }
    if (bot.results["lead-lost"] * 2 > bot.games) {
      warnings.push({ code: "lead-lost-often", subject: bot.bot, message: `the ${bot.bot} bot lost the compute lead in ${bot.results["lead-lost"]} of ${bot.games} games: check adversaryShareLimit against the adversaries' compute growth` });
    }
  }
  const means = playingBots.map((b) => b.score.mean);
  if (means.length >= 2) {
    const best = Math.max(...means);
    const worst = Math.min(...means);
    if (best - worst < 5) {
      warnings.push({ code: "strategy-flat", message: `strategy barely matters: the bots' mean scores lie within ${tenths(best - worst)} points (${worst} to ${best}); widen the trade-offs (weights, references, risks)` });
    }
    const idle = bots.find((b) => b.bot === "idle");
    if (idle && idle.score.mean >= best - 3) {
      warnings.push({ code: "idle-competitive", message: `doing nothing scores ${idle.score.mean}, within 3 points of the best bot (${best}): doing nothing should never win` });
    }
  }
  return warnings;
}
