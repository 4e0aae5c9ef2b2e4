// The second pass: what the schema cannot see. Ids unique, every reference resolves, sums and ranges that
// depend on each other, event windows inside the game, tiers as the rescinded rule set them.
import { monthIndex, yearMonthOf } from "../calendar";
import type { Problem } from "../problems";
import type { Scenario } from "./schema";
import { ruleTierOf, TIER1_DESTINATIONS } from "./tiers";
import { tieredProblems } from "./worldMeaning";

/** Bounds of the global tracks an event condition may test (the others are unbounded counts). */
const TRACK_RANGE: Partial<Record<string, [number, number]>> = {
  politicalCapital: [0, 100], hawkishness: [0, 100], alliedTrust: [0, 100], industryPressure: [0, 100],
  usEnforcement: [0, 100], alternativeMaturity: [0, 1000],
};

export function meaningProblems(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string, extra: Omit<Problem, "path" | "message"> = {}) => problems.push({ path, message, ...extra });

  const countryIndex: Record<string, number> = {};
  s.countries.forEach((country, i) => {
    const first = countryIndex[country.id];
    if (first !== undefined) add(`countries[${i}].id`, `the country "${country.id}" is listed twice`, { expected: "each country once", found: `also at countries[${first}]`, hint: "two entries for the same country: merge them" });
    else countryIndex[country.id] = i;
  });
  const has = (id: string) => Object.prototype.hasOwnProperty.call(countryIndex, id);
  if (s.countries.every((c) => !c.adversary)) add("countries", "no country is marked as an adversary", { expected: "at least one country with \"adversary\": true", found: "none", hint: "leakage needs somewhere to go: mark at least one adversary" });
  if (s.countries.every((c) => c.adversary)) add("countries", "every country is an adversary: there is no one to negotiate with", { expected: "at least one country that is not an adversary", found: "only adversaries" });

  s.countries.forEach((country, i) => countryProblems(s, country, `countries[${i}]`, has, add));

  const start = monthIndex(s.startDate);
  const end = start + s.turns - 1;
  const sourceIds: Record<string, true> = {};
  s.sources.forEach((source, i) => {
    if (sourceIds[source.id]) add(`sources[${i}].id`, `the source id "${source.id}" is used twice`, { expected: "unique source ids", found: `"${source.id}" again` });
    sourceIds[source.id] = true;
  });
  const eventIds: Record<string, number> = {};
  s.events.forEach((event, i) => {
    const at = `events[${i}]`;
    const first = eventIds[event.id];
    if (first !== undefined) add(`${at}.id`, `the event id "${event.id}" is used twice`, { expected: "unique event ids", found: `also at events[${first}]` });
    else eventIds[event.id] = i;
    const from = monthIndex(event.from);
    const to = monthIndex(event.to);
    const game = `${s.startDate} to ${yearMonthOf(end)} (${s.turns} turns)`;
    if (from > to) add(`${at}.to`, `the window ends (${event.to}) before it starts (${event.from})`, { expected: `a month from ${event.from} on`, found: event.to, hint: "from and to swapped?" });
    else if (to < start || from > end) add(`${at}.from`, "the event's window lies outside the game, so it can never happen", { expected: `a window overlapping ${game}`, found: `${event.from} to ${event.to}`, hint: "a wrong year, or a game shorter than intended" });
    if (event.date !== undefined) {
      const month = monthIndex(event.date.slice(0, 7));
      if (month < from || month > to) add(`${at}.date`, "the event's real date lies outside its window", { expected: `a date from ${event.from} to ${event.to}`, found: event.date });
    }
    if (event.probability === 0) add(`${at}.probability`, "a probability of 0 means the event never happens", { expected: "1 to 1000 (per-mille per month)", found: "0", hint: "remove the event, or give it a chance" });
    if (!event.hypothetical && event.source === undefined) add(`${at}.source`, "a real event needs a source", { expected: "a URL, or the id of an entry in \"sources\"", found: "nothing", hint: "add where it was reported, or mark it \"hypothetical\": true" });
    if (event.source !== undefined && !/^https?:\/\//.test(event.source) && !sourceIds[event.source]) {
      add(`${at}.source`, `the source "${event.source}" is not in "sources"`, { expected: "a full URL (https://...) or the id of an entry in \"sources\"", found: JSON.stringify(event.source), hint: "a misspelt source id, or a source not yet listed" });
    }
    event.conditions.forEach((condition, j) => {
      const range = TRACK_RANGE[condition.track];
      if (!range) return;
      const [lo, hi] = range;
      const never = (condition.op === ">=" && condition.value > hi) || (condition.op === ">" && condition.value >= hi)
        || (condition.op === "<=" && condition.value < lo) || (condition.op === "<" && condition.value <= lo);
      if (never) add(`${at}.conditions[${j}]`, `${condition.track} ${condition.op} ${condition.value} can never hold`, { expected: `a value within ${lo} to ${hi}`, found: String(condition.value), hint: `${condition.track} stays between ${lo} and ${hi}` });
    });
    event.effects.forEach((effect, j) => {
      if (effect.add === 0) add(`${at}.effects[${j}].add`, "an effect that adds 0 does nothing", { expected: "a non-zero amount", found: "0" });
      if (effect.kind === "country" && !has(effect.country)) add(`${at}.effects[${j}].country`, `unknown country "${effect.country}"`, { expected: "the id of a country in this scenario", found: JSON.stringify(effect.country), hint: "a misspelt code, or a country not (yet) listed in \"countries\"" });
    });
  });

  const w = s.scoring.weights;
  const weightSum = w.security + w.economy + w.alliances;
  if (weightSum !== 1000) add("scoring.weights", "the three weights must sum to 1000", { expected: "1000", found: String(weightSum), hint: "weights are per-mille shares of the total score" });
  const g = s.globals;
  const adversaryShare = 1000 - shareOf(g.usCompute, g.usCompute + g.adversaryCompute);
  if (adversaryShare >= s.scoring.adversaryShareLimit) {
    add("scoring.adversaryShareLimit", "the game would be lost before it starts: the adversaries' starting share of compute already reaches the limit", { expected: `more than ${adversaryShare} (the starting share, per-mille)`, found: String(s.scoring.adversaryShareLimit), hint: "check globals.usCompute and globals.adversaryCompute" });
  }
  tieredProblems(s, add);
  s.hints.forEach((hint, i) => {
    if (hint.turn >= s.turns) add(`hints[${i}].turn`, "the hint comes after the last turn", { expected: `a turn from 0 to ${s.turns - 1}`, found: String(hint.turn) });
  });
  return problems;
}

function countryProblems(s: Scenario, country: Scenario["countries"][number], at: string, has: (id: string) => boolean, add: (path: string, message: string, extra?: Omit<Problem, "path" | "message">) => void): void {
  const p = country.priorities;
  const sum = p.chips + p.investment + p.tariffs + p.sovereignty;
  if (sum !== 1000) add(`${at}.priorities`, "the four weights must sum to 1000", { expected: "1000", found: String(sum), hint: "weights are per-mille shares of the country's utility" });
  if (country.reservation.min > country.reservation.max) add(`${at}.reservation`, "min is greater than max", { expected: "min ≤ max", found: `${country.reservation.min} > ${country.reservation.max}`, hint: "min and max swapped?" });
  if (country.id === "US") add(`${at}.id`, "the United States is the player, not a destination", { expected: "another country", found: "\"US\"" });
  if (country.adversary && country.formerTier !== 3) add(`${at}.formerTier`, "an adversary must have been Tier 3 under the rescinded rule", { expected: "3", found: String(country.formerTier) });
  if (country.adversary && country.ally) add(`${at}.ally`, "a country cannot be both adversary and ally", { expected: "false for an adversary", found: "true" });
  if (country.ally && country.formerTier === 3) add(`${at}.ally`, "an ally cannot have been Tier 3 (denied)", { expected: "formerTier 1 or 2 for an ally", found: "Tier 3" });
  if (country.adversary && country.baselineAccess > 0) add(`${at}.baselineAccess`, "adversaries receive no chips without a licence: baseline access has no effect", { expected: "0", found: String(country.baselineAccess) });
  if (!s.customTiers) {
    const ruleTier = ruleTierOf(country.id);
    if (ruleTier === 1 && country.formerTier !== 1) {
      add(`${at}.formerTier`, `${country.id} was one of the rule's 18 Tier 1 destinations`, { expected: "1", found: String(country.formerTier), hint: "set \"customTiers\": true at the top of the file for a counterfactual world" });
    } else if (ruleTier === 3 && country.formerTier !== 3) {
      add(`${at}.formerTier`, `${country.id} was in Tier 3 (Country Group D:5 or Macau) under the rule`, { expected: "3", found: String(country.formerTier), hint: "set \"customTiers\": true at the top of the file for a counterfactual world" });
    } else if (ruleTier === null && country.formerTier === 1) {
      add(`${at}.formerTier`, `${country.id} was not one of the rule's 18 Tier 1 destinations`, { expected: "2 (or 3)", found: "1", hint: `Tier 1 was exactly ${TIER1_DESTINATIONS.join(", ")}; set "customTiers": true for a counterfactual world` });
    }
  }
  const seen: Record<string, true> = {};
  country.peers.forEach((peer, j) => {
    const path = `${at}.peers[${j}]`;
    if (peer === country.id) add(path, "a country cannot be its own peer", { expected: "another country's id", found: JSON.stringify(peer) });
    else if (!has(peer)) add(path, `unknown country "${peer}"`, { expected: "the id of a country in this scenario", found: JSON.stringify(peer), hint: "peers must be ids of countries listed in \"countries\"" });
    else if (s.countries.some((c) => c.id === peer && c.adversary)) add(path, `"${peer}" is an adversary and never gets a deal, so it cannot set a precedent`, { expected: "a country that can sign deals", found: JSON.stringify(peer) });
    if (seen[peer]) add(path, `"${peer}" is listed twice`, { expected: "each peer once", found: JSON.stringify(peer) });
    seen[peer] = true;
  });
}

function shareOf(value: number, total: number): number {
  return total <= 0 ? 0 : Math.min(1000, Math.floor((value * 1000) / total));
}
