// Meaning checks the schema cannot see. Ids unique, every reference resolves, sums and ranges that
// depend on each other, event windows inside the game, conditions that can hold, tiers as the rescinded rule
// set them. They run on whatever parts of the file are structurally sound (a country with a broken field is
// left out, the rest is checked), so one run reports every problem. Ids from the file are looked up in Maps
// only: "constructor" is an id like any other.
import { monthIndex, yearMonthOf } from "../calendar";
import type { Problem } from "../problems";
import {
  CONDITION_VALUE_MAX, NEGOTIATION_FIELDS, SCENARIO_SCHEMA_VERSION, WEB_ADDRESS,
  type EventCondition, type GlobalTrack, type Scenario, type ScenarioCountry, type ScenarioEvent,
} from "./schema";
import { ruleTierOf, TIER1_DESTINATIONS } from "./tiers";
import { dilemmaProblems, tieredProblems } from "./worldMeaning";

/** An item of a list that passed the structure checks: its position, its checked value and the file's data. */
export interface SoundItem<T> { at: number; value: T; raw: unknown }

/** The parts of a scenario that are structurally sound; a part left undefined had a structure problem. */
export interface SoundParts {
  schemaVersion?: number;
  minCompatibleVersion?: number | undefined;
  startDate?: string;
  turns?: number;
  customTiers?: boolean | undefined;
  globals?: Scenario["globals"];
  tiered?: Scenario["tiered"];
  scoring?: Scenario["scoring"];
  countries: SoundItem<ScenarioCountry>[];
  events: SoundItem<ScenarioEvent>[];
  hints: SoundItem<Scenario["hints"][number]>[];
  sources: SoundItem<Scenario["sources"][number]>[];
  /** Each list as the file gives it (an empty list when missing or not a list): ids are read from it too. */
  raw: { countries: unknown[]; events: unknown[]; sources: unknown[] };
  /** Whether every item of the list is sound: checks over the whole list run only then. */
  complete: { countries: boolean };
}

type Add = (path: string, message: string, extra?: Omit<Problem, "path" | "message">) => void;

/** Lowest and highest value each track can take; the unbounded counts stop at CONDITION_VALUE_MAX. */
const SCORE: [number, number] = [0, 100];
const COUNT: [number, number] = [0, CONDITION_VALUE_MAX];
const TRACK_RANGE: Record<GlobalTrack, [number, number]> = {
  politicalCapital: SCORE, hawkishness: SCORE, alliedTrust: SCORE, industryPressure: SCORE, usEnforcement: SCORE,
  alternativeMaturity: [0, 1000], usCompute: COUNT, adversaryCompute: COUNT, leakageTrue: COUNT,
  leakageDetected: COUNT, revenue: COUNT, investment: COUNT, rivalGrievance: SCORE,
};
const BOUNDED = new Set<GlobalTrack>(["politicalCapital", "hawkishness", "alliedTrust", "industryPressure", "usEnforcement", "alternativeMaturity", "rivalGrievance"]);

const has = (value: unknown, key: string): boolean =>
  value !== null && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, key);
const own = (value: unknown, key: string): unknown => (has(value, key) ? (value as Record<string, unknown>)[key] : undefined);

/** The well-formed ids of a list's items, sound or not, with the position each is first seen at. */
function idsOf(items: unknown[], pattern: RegExp): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, i) => {
    const id = own(item, "id");
    if (typeof id === "string" && pattern.test(id) && !ids.has(id)) ids.set(id, i);
  });
  return ids;
}

export function meaningProblems(s: SoundParts): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (path, message, extra = {}) => { problems.push({ path, message, ...extra }); };

  if (s.minCompatibleVersion !== undefined && s.schemaVersion !== undefined && s.minCompatibleVersion > s.schemaVersion) {
    add("minCompatibleVersion", "the oldest readable version is newer than the file's own version", { expected: `at most ${s.schemaVersion} (schemaVersion)`, found: String(s.minCompatibleVersion), hint: `minCompatibleVersion and schemaVersion swapped? This game writes version ${SCENARIO_SCHEMA_VERSION}` });
  }

  countryListProblems(s, add);
  const countryIds = idsOf(s.raw.countries, /^[A-Z]{2}$/);
  const adversaries = new Set<string>();
  s.raw.countries.forEach((item) => { const id = own(item, "id"); if (typeof id === "string" && own(item, "adversary") === true) adversaries.add(id); });
  for (const country of s.countries) countryProblems(s, country, countryIds, adversaries, add);

  duplicateIds(s.raw.sources, "sources", (id, first) => [`the source id "${id}" is used twice`, { expected: "unique source ids", found: `also at sources[${first}]` }], add);
  const sourceIds = idsOf(s.raw.sources, /^[a-z0-9][a-z0-9-]{0,63}$/);
  duplicateIds(s.raw.events, "events", (id, first) => [`the event id "${id}" is used twice`, { expected: "unique event ids", found: `also at events[${first}]` }], add);
  for (const event of s.events) eventProblems(s, event, countryIds, sourceIds, add);

  if (s.scoring) {
    const w = s.scoring.weights;
    const weightSum = w.security + w.economy + w.alliances;
    if (weightSum !== 1000) add("scoring.weights", "the three weights must sum to 1000", { expected: "1000", found: String(weightSum), hint: "weights are per-mille shares of the total score" });
    if (s.globals) {
      const g = s.globals;
      const adversaryShare = 1000 - shareOf(g.usCompute, g.usCompute + g.adversaryCompute);
      if (adversaryShare >= s.scoring.adversaryShareLimit) {
        add("scoring.adversaryShareLimit", "the game would be lost before it starts: the adversaries' starting share of compute already reaches the limit", { expected: `more than ${adversaryShare} (the starting share, per-mille)`, found: String(s.scoring.adversaryShareLimit), hint: "check globals.usCompute and globals.adversaryCompute" });
      }
    }
  }
  if (s.tiered && s.complete.countries) tieredProblems({ tiered: s.tiered, countries: s.countries.map((c) => c.value) }, add);
  dilemmaProblems(s.events, (id) => countryIds.has(id), add);
  if (s.turns !== undefined) {
    const turns = s.turns;
    for (const { at, value } of s.hints) {
      if (value.turn >= turns) add(`hints[${at}].turn`, "the hint comes after the last turn", { expected: `a turn from 0 to ${turns - 1}`, found: String(value.turn) });
    }
  }
  return problems;
}

function duplicateIds(items: unknown[], list: string, words: (id: string, first: number) => [string, Omit<Problem, "path" | "message">], add: Add): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const id = own(item, "id");
    if (typeof id !== "string") return;
    const seen = first.get(id);
    if (seen === undefined) { first.set(id, i); return; }
    const [message, extra] = words(id, seen);
    add(`${list}[${i}].id`, message, extra);
  });
}

function countryListProblems(s: SoundParts, add: Add): void {
  duplicateIds(s.raw.countries, "countries", (id, first) => [`the country "${id}" is listed twice`, { expected: "each country once", found: `also at countries[${first}]`, hint: "two entries for the same country: merge them" }], add);
  // Whole-list checks only when every country could be read: a broken entry might be the missing one.
  if (!s.complete.countries || s.countries.length === 0) return;
  if (s.countries.every((c) => !c.value.adversary)) add("countries", "no country is marked as an adversary", { expected: "at least one country with \"adversary\": true", found: "none", hint: "leakage needs somewhere to go: mark at least one adversary" });
  if (s.countries.every((c) => c.value.adversary)) add("countries", "every country is an adversary: there is no one to negotiate with", { expected: "at least one country that is not an adversary", found: "only adversaries" });
}

function countryProblems(s: SoundParts, item: SoundItem<ScenarioCountry>, countryIds: Map<string, number>, adversaries: Set<string>, add: Add): void {
  const country = item.value;
  const at = `countries[${item.at}]`;
  if (!country.adversary) {
    // The schema lets adversaries leave the negotiation fields out; everyone else bargains and needs them.
    for (const field of NEGOTIATION_FIELDS) {
      if (!has(item.raw, field)) add(`${at}.${field}`, `the required field "${field}" is missing`, { expected: `a value: only adversaries (which never bargain) may leave "${field}" out`, found: "nothing", hint: "the field was left out, or the country should be marked \"adversary\": true" });
    }
    const p = country.priorities;
    const sum = p.chips + p.investment + p.tariffs + p.sovereignty;
    if (has(item.raw, "priorities") && sum !== 1000) add(`${at}.priorities`, "the four weights must sum to 1000", { expected: "1000", found: String(sum), hint: "weights are per-mille shares of the country's utility" });
    if (country.reservation.min > country.reservation.max) add(`${at}.reservation`, "min is greater than max", { expected: "min ≤ max", found: `${country.reservation.min} > ${country.reservation.max}`, hint: "min and max swapped?" });
  }
  if (country.id === "US") add(`${at}.id`, "the United States is the player, not a destination", { expected: "another country", found: "\"US\"" });
  const adversaryTier = country.adversary && country.formerTier !== 3;
  if (adversaryTier) add(`${at}.formerTier`, "an adversary must have been Tier 3 under the rescinded rule", { expected: "3", found: String(country.formerTier), hint: "adversaries were denied (Tier 3); or the country is not an adversary" });
  if (country.adversary && country.ally) add(`${at}.ally`, "a country cannot be both adversary and ally", { expected: "false for an adversary", found: "true" });
  if (country.ally && country.formerTier === 3) add(`${at}.ally`, "an ally cannot have been Tier 3 (denied)", { expected: "formerTier 1 or 2 for an ally", found: "Tier 3" });
  if (country.adversary && country.baselineAccess > 0) add(`${at}.baselineAccess`, "adversaries receive no chips without a licence: baseline access has no effect", { expected: "0", found: String(country.baselineAccess) });
  if (!s.customTiers && !adversaryTier) {
    const ruleTier = ruleTierOf(country.id);
    const custom = "set \"customTiers\": true at the top of the file for a counterfactual world";
    if (ruleTier === 1 && country.formerTier !== 1) {
      add(`${at}.formerTier`, `${country.id} was one of the rule's 18 Tier 1 destinations`, { expected: "1", found: String(country.formerTier), hint: custom });
    } else if (ruleTier === 3 && country.formerTier !== 3) {
      add(`${at}.formerTier`, `${country.id} was in Tier 3 (Country Group D:5 or Macau) under the rule`, { expected: "3", found: String(country.formerTier), hint: custom });
    } else if (ruleTier === null && country.formerTier === 1) {
      add(`${at}.formerTier`, `${country.id} was not one of the rule's 18 Tier 1 destinations`, { expected: "2 (or 3)", found: "1", hint: `Tier 1 was exactly ${TIER1_DESTINATIONS.join(", ")}; ${custom}` });
    }
  }
  const seen = new Set<string>();
  country.peers.forEach((peer, j) => {
    const path = `${at}.peers[${j}]`;
    if (peer === country.id) add(path, "a country cannot be its own peer", { expected: "another country's id", found: JSON.stringify(peer) });
    else if (!countryIds.has(peer)) add(path, `unknown country "${peer}"`, { expected: "the id of a country in this scenario", found: JSON.stringify(peer), hint: "peers must be ids of countries listed in \"countries\"" });
    else if (adversaries.has(peer)) add(path, `"${peer}" is an adversary and never gets a deal, so it cannot set a precedent`, { expected: "a country that can sign deals", found: JSON.stringify(peer) });
    if (seen.has(peer)) add(path, `"${peer}" is listed twice`, { expected: "each peer once", found: JSON.stringify(peer) });
    seen.add(peer);
  });
}

function eventProblems(s: SoundParts, item: SoundItem<ScenarioEvent>, countryIds: Map<string, number>, sourceIds: Map<string, number>, add: Add): void {
  const event = item.value;
  const at = `events[${item.at}]`;
  const from = monthIndex(event.from);
  const to = monthIndex(event.to);
  if (from > to) add(`${at}.to`, `the window ends (${event.to}) before it starts (${event.from})`, { expected: `a month from ${event.from} on`, found: event.to, hint: "from and to swapped?" });
  else if (s.startDate !== undefined && s.turns !== undefined) {
    const start = monthIndex(s.startDate);
    const end = start + s.turns - 1;
    const game = `${s.startDate} to ${yearMonthOf(end)} (${s.turns} turns)`;
    if (to < start || from > end) {
      add(`${at}.from`, "the event's window lies outside the game, so it can never happen", { expected: `a window overlapping ${game}`, found: `${event.from} to ${event.to}`, hint: "a wrong year, or a game shorter than intended" });
    } else {
      if (from < start) add(`${at}.from`, `the window starts before the game (${s.startDate}): its first months never come`, { expected: `a month from ${s.startDate} to ${yearMonthOf(end)}`, found: event.from, hint: `start the window at ${s.startDate}, or check the year` });
      if (to > end) add(`${at}.to`, `the window ends after the game's last month (${yearMonthOf(end)}): its last months never come`, { expected: `a month from ${s.startDate} to ${yearMonthOf(end)}`, found: event.to, hint: `end the window at ${yearMonthOf(end)}, or lengthen the game ("turns")` });
    }
  }
  if (event.date !== undefined && from <= to) {
    const month = monthIndex(event.date.slice(0, 7));
    if (month < from || month > to) add(`${at}.date`, "the event's real date lies outside its window", { expected: `a date from ${event.from} to ${event.to}`, found: event.date });
  }
  if (event.probability === 0) add(`${at}.probability`, "a probability of 0 means the event never happens", { expected: "1 to 1000 (per-mille per month)", found: "0", hint: "remove the event, or give it a chance" });
  if (!event.hypothetical && event.source === undefined) add(`${at}.source`, "a real event needs a source", { expected: "a URL, or the id of an entry in \"sources\"", found: "nothing", hint: "add where it was reported, or mark it \"hypothetical\": true" });
  if (event.source !== undefined) {
    // Anything with a scheme ("https:", "javascript:") is an address and must pass the one web-address rule.
    if (/^[a-z][a-z0-9+.-]*:/i.test(event.source)) {
      if (!WEB_ADDRESS.test(event.source)) add(`${at}.source`, "must be a full web address starting with https:// (or http://), or a source id", { expected: "https://... or the id of an entry in \"sources\"", found: JSON.stringify(event.source.slice(0, 60)), hint: "only web links are allowed: no javascript:, data: or file: addresses" });
    } else if (!sourceIds.has(event.source)) {
      add(`${at}.source`, `the source "${event.source}" is not in "sources"`, { expected: "a full URL (https://...) or the id of an entry in \"sources\"", found: JSON.stringify(event.source), hint: "a misspelt source id, or a source not yet listed" });
    }
  }
  conditionProblems(event.conditions, at, add);
  event.effects.forEach((effect, j) => {
    if ((effect.kind === "track" || effect.kind === "country" || effect.kind === "compliance") && effect.add === 0) add(`${at}.effects[${j}].add`, "an effect that adds 0 does nothing", { expected: "a non-zero amount", found: "0" });
    if (effect.kind !== "track" && !countryIds.has(effect.country)) add(`${at}.effects[${j}].country`, `unknown country "${effect.country}"`, { expected: "the id of a country in this scenario", found: JSON.stringify(effect.country), hint: "a misspelt code, or a country not (yet) listed in \"countries\"" });
  });
}

/** Each condition must be able to hold on its own, and the conditions on one track together. */
function conditionProblems(conditions: EventCondition[], at: string, add: Add): void {
  const window = new Map<GlobalTrack, { lo: number; hi: number; tests: string[]; impossible: boolean }>();
  conditions.forEach((condition, j) => {
    const [lo, hi] = TRACK_RANGE[condition.track];
    const test = `${condition.track} ${condition.op} ${condition.value}`;
    const never = (condition.op === ">=" && condition.value > hi) || (condition.op === ">" && condition.value >= hi)
      || (condition.op === "<=" && condition.value < lo) || (condition.op === "<" && condition.value <= lo);
    const range = window.get(condition.track) ?? { lo, hi, tests: [], impossible: false };
    window.set(condition.track, range);
    range.tests.push(test);
    if (never) {
      range.impossible = true;
      const bounds = BOUNDED.has(condition.track) ? `${condition.track} stays between ${lo} and ${hi}` : `${condition.track} is a count: never negative`;
      add(`${at}.conditions[${j}]`, `${test} can never hold`, { expected: `a value within ${lo} to ${hi}`, found: String(condition.value), hint: bounds });
      return;
    }
    if (condition.op === ">=") range.lo = Math.max(range.lo, condition.value);
    if (condition.op === ">") range.lo = Math.max(range.lo, condition.value + 1);
    if (condition.op === "<=") range.hi = Math.min(range.hi, condition.value);
    if (condition.op === "<") range.hi = Math.min(range.hi, condition.value - 1);
  });
  for (const [track, range] of window) {
    if (range.impossible || range.lo <= range.hi) continue;
    add(`${at}.conditions`, `the conditions on ${track} contradict each other, so the event can never fire`, { expected: `conditions that ${track} can meet at once`, found: range.tests.join(" and "), hint: "a wrong operator (>= for <=), or a value in the wrong condition" });
  }
}

function shareOf(value: number, total: number): number {
  return total <= 0 ? 0 : Math.min(1000, Math.floor((value * 1000) / total));
}
