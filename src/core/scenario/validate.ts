// Scenario validation in two passes: structure (the schema), then meaning (references, sums, ranges that
// depend on each other). Every problem is reported, never only the first; nothing throws.
import * as v from "valibot";
import { monthIndex } from "../calendar";
import { parseJsonText, problemsFromIssues, type Checked, type Problem } from "../problems";
import {
  SCENARIO_FORMAT, SCENARIO_MAX_BYTES, SCENARIO_MIN_COMPATIBLE_VERSION, SCENARIO_SCHEMA_VERSION,
  scenarioSchema, type Scenario,
} from "./schema";

export function parseScenarioText(text: string): Checked<Scenario> {
  const parsed = parseJsonText(text, SCENARIO_MAX_BYTES, "scenario file");
  return parsed.ok ? validateScenario(parsed.value) : parsed;
}

export function validateScenario(data: unknown): Checked<Scenario> {
  const version = versionProblems(data);
  if (version.length > 0) return { ok: false, problems: version };
  const result = v.safeParse(scenarioSchema, data);
  if (!result.success) return { ok: false, problems: problemsFromIssues(result.issues) };
  const meaning = meaningProblems(result.output);
  return meaning.length > 0 ? { ok: false, problems: meaning } : { ok: true, value: result.output };
}

function versionProblems(data: unknown): Problem[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return [{ path: "(file)", message: "a scenario must be a JSON object", found: Array.isArray(data) ? "a list" : typeof data }];
  }
  const record = data as Record<string, unknown>;
  if (record.format !== SCENARIO_FORMAT) {
    return [{ path: "format", message: `must be "${SCENARIO_FORMAT}"`, found: JSON.stringify(record.format) ?? "nothing", hint: "this is not a Chip Diplomacy scenario file (a replay or a save?)" }];
  }
  const version = record.schemaVersion;
  if (typeof version === "number" && Number.isInteger(version)) {
    if (version > SCENARIO_SCHEMA_VERSION) {
      return [{ path: "schemaVersion", message: `this scenario uses format version ${version}; this game reads up to ${SCENARIO_SCHEMA_VERSION}`, hint: "it was written for a newer version of the game: update the game" }];
    }
    if (version < SCENARIO_MIN_COMPATIBLE_VERSION) {
      return [{ path: "schemaVersion", message: `format version ${version} is no longer supported (oldest readable: ${SCENARIO_MIN_COMPATIBLE_VERSION})` }];
    }
  }
  return [];
}

function meaningProblems(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string, extra: Partial<Problem> = {}) => problems.push({ path, message, ...extra });

  const ids: Record<string, number> = {};
  s.countries.forEach((country, i) => {
    const first = ids[country.id];
    if (first !== undefined) add(`countries[${i}].id`, `country "${country.id}" is listed twice (also countries[${first}])`, { hint: "two entries for the same country" });
    else ids[country.id] = i;
  });
  if (s.countries.every((c) => !c.adversary)) add("countries", "no country is marked \"adversary\": true", { hint: "leakage needs somewhere to go; mark at least one adversary" });

  s.countries.forEach((country, i) => {
    const at = `countries[${i}]`;
    const p = country.priorities;
    const sum = p.chips + p.investment + p.tariffs + p.sovereignty;
    if (sum !== 1000) add(`${at}.priorities`, `the four weights must sum to 1000`, { found: String(sum), hint: "weights are per-mille shares of the country's utility" });
    if (country.reservation.min > country.reservation.max) add(`${at}.reservation`, "min is greater than max", { found: `${country.reservation.min} > ${country.reservation.max}` });
    if (country.adversary && country.formerTier !== 3) add(`${at}.formerTier`, "an adversary must have been Tier 3 under the rescinded rule", { found: String(country.formerTier) });
    if (country.adversary && country.ally) add(`${at}`, "a country cannot be both adversary and ally");
    country.peers.forEach((peer, j) => {
      if (ids[peer] === undefined) add(`${at}.peers[${j}]`, `unknown country "${peer}"`, { hint: "peers must be ids of countries in this scenario" });
      if (peer === country.id) add(`${at}.peers[${j}]`, "a country cannot be its own peer");
    });
  });

  const start = monthIndex(s.startDate);
  const end = start + s.turns - 1;
  const eventIds: Record<string, number> = {};
  s.events.forEach((event, i) => {
    const at = `events[${i}]`;
    const first = eventIds[event.id];
    if (first !== undefined) add(`${at}.id`, `event id "${event.id}" is used twice (also events[${first}])`);
    else eventIds[event.id] = i;
    const from = monthIndex(event.from);
    const to = monthIndex(event.to);
    if (from > to) add(`${at}.to`, `the window ends (${event.to}) before it starts (${event.from})`);
    if (to < start || from > end) add(`${at}.from`, `the window ${event.from}..${event.to} lies outside the game (${s.startDate}, ${s.turns} months)`, { hint: "an event that can never happen" });
    if (!event.hypothetical && !event.source) add(`${at}.source`, "a real (non-hypothetical) event needs a source", { hint: "add the URL or mark it \"hypothetical\": true" });
    event.effects.forEach((effect, j) => {
      if (effect.kind === "country" && ids[effect.country] === undefined) add(`${at}.effects[${j}].country`, `unknown country "${effect.country}"`);
    });
  });

  const w = s.scoring.weights;
  if (w.security + w.economy + w.alliances !== 1000) add("scoring.weights", "the three weights must sum to 1000", { found: String(w.security + w.economy + w.alliances) });
  s.hints.forEach((hint, i) => { if (hint.turn >= s.turns) add(`hints[${i}].turn`, `turn ${hint.turn} is after the last turn (${s.turns - 1})`); });
  const sourceIds: Record<string, true> = {};
  s.sources.forEach((source, i) => {
    if (sourceIds[source.id]) add(`sources[${i}].id`, `source id "${source.id}" is used twice`);
    sourceIds[source.id] = true;
  });
  return problems;
}
