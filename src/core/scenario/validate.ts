// Scenario validation in one pass: what kind of file and which version first (nothing else makes sense
// otherwise), then structure part by part (each top-level field, each item of each list on its own), then
// meaning on every part that is structurally sound. Every problem is reported together, named
// (`countries[5] (MY).demand`), capped, and never thrown. Work is bounded: lists longer than the schema
// allows are reported without walking their items.
import * as v from "valibot";
import { capProblems } from "../problemCap";
import {
  formatPath, parseJsonSyntax, problemsFromIssues, unknownFieldProblem, unsafeJsonProblems,
  type Checked, type Problem,
} from "../problems";
import { lengthProblems } from "./limits";
import { meaningProblems, type SoundItem, type SoundParts } from "./meaning";
import {
  SCENARIO_FORMAT, SCENARIO_MAX_BYTES, SCENARIO_MIN_COMPATIBLE_VERSION, SCENARIO_SCHEMA_VERSION,
  scenarioSchema, type Scenario,
} from "./schema";
import { describeField, suggestKey } from "./suggest";
import { textWarnings } from "./textWarnings";

/** Checks a scenario file's text: size, JSON syntax, then validateScenario. */
export function parseScenarioText(text: string): Checked<Scenario> {
  const parsed = parseJsonSyntax(text, SCENARIO_MAX_BYTES, "scenario file");
  return parsed.ok ? validateScenario(parsed.value) : parsed;
}

const entries = scenarioSchema.entries;
const LISTS = {
  countries: entries.countries.item,
  events: entries.events.wrapped.item,
  hints: entries.hints.wrapped.item,
  sources: entries.sources.wrapped.item,
};
type ListKey = keyof typeof LISTS;
const isList = (key: string): key is ListKey => Object.prototype.hasOwnProperty.call(LISTS, key);
const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** Checks parsed data: identity, then structure and meaning together. */
export function validateScenario(data: unknown): Checked<Scenario> {
  const identity = identityProblems(data);
  if (identity.length > 0) return { ok: false, problems: identity };
  const record = data as Record<string, unknown>;
  const { problems: structure, parts } = structureOf(record);
  const problems = [...structure, ...meaningProblems(parts)];
  const warnings = textWarnings(data);
  for (const problem of [...problems, ...warnings]) nameThings(record, problem);
  if (problems.length > 0) return { ok: false, problems: [...capProblems(problems), ...warnings.slice(0, 20)] };
  const result = v.safeParse(scenarioSchema, data);
  // Every part passed on its own, so the whole passes; if it ever did not, say so rather than throw.
  if (!result.success) return { ok: false, problems: capProblems(problemsFromIssues(result.issues)) };
  return warnings.length > 0 ? { ok: true, value: result.output, warnings: warnings.slice(0, 20) } : { ok: true, value: result.output };
}

function structureOf(record: Record<string, unknown>): { problems: Problem[]; parts: SoundParts } {
  // The safety scan and the length limits say more than the schema at their place: below them, nothing else.
  const blocked = [...unsafeJsonProblems(record), ...lengthProblems(scenarioSchema, record)];
  const blockedPaths = blocked.map((p) => p.path);
  const isBlocked = (path: string): boolean => blockedPaths.some((b) => path === b || path.startsWith(`${b}.`) || path.startsWith(`${b}[`));
  const touchesBlocked = (path: string): boolean => isBlocked(path) || blockedPaths.some((b) => b.startsWith(`${path}.`) || b.startsWith(`${path}[`));
  const problems: Problem[] = [];
  const parts: SoundParts = {
    countries: [], events: [], hints: [], sources: [],
    raw: { countries: [], events: [], sources: [] },
    complete: { countries: false },
  };
  const sound: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

  for (const key of Object.keys(record)) {
    if (!Object.prototype.hasOwnProperty.call(entries, key)) problems.push(unknownFieldProblem([key]));
  }
  for (const key of Object.keys(entries) as (keyof typeof entries)[]) {
    if (isList(key)) continue;
    if (touchesBlocked(formatPath([key]))) continue;
    const result = v.safeParse(entries[key], own(record, key));
    if (result.success) sound[key] = result.output;
    else problems.push(...problemsFromIssues(result.issues, [key]));
  }
  for (const key of Object.keys(LISTS) as ListKey[]) {
    const value = own(record, key);
    if (isBlocked(key)) continue;
    if (!Array.isArray(value) || value.length === 0) {
      // Missing, empty or not a list at all: the list's own schema words it (required, at least one, a list).
      const result = v.safeParse(entries[key], value);
      if (!result.success) problems.push(...problemsFromIssues(result.issues, [key]));
      if (key === "countries") parts.complete.countries = result.success;
      continue;
    }
    if (key !== "hints") parts.raw[key] = value;
    let allSound = true;
    value.forEach((item, i) => {
      if (touchesBlocked(formatPath([key, i]))) { allSound = false; return; }
      const result = v.safeParse(LISTS[key], item);
      if (!result.success) { allSound = false; problems.push(...problemsFromIssues(result.issues, [key, i])); return; }
      (parts[key] as SoundItem<unknown>[]).push({ at: i, value: result.output, raw: item });
    });
    if (key === "countries") parts.complete.countries = allSound;
  }
  if (typeof sound.schemaVersion === "number") parts.schemaVersion = sound.schemaVersion;
  if (typeof sound.minCompatibleVersion === "number") parts.minCompatibleVersion = sound.minCompatibleVersion;
  if (typeof sound.startDate === "string") parts.startDate = sound.startDate;
  if (typeof sound.turns === "number") parts.turns = sound.turns;
  if (typeof sound.customTiers === "boolean") parts.customTiers = sound.customTiers;
  if (sound.globals !== undefined) parts.globals = sound.globals as Scenario["globals"];
  if (sound.scoring !== undefined) parts.scoring = sound.scoring as Scenario["scoring"];
  if (sound.tiered !== undefined) parts.tiered = sound.tiered as Scenario["tiered"];

  for (const problem of problems) {
    const unknownKey = /^"(.+)" is not a field of this format$/.exec(problem.message)?.[1];
    const suggestion = unknownKey === undefined ? null : suggestKey(scenarioSchema, problem.path, unknownKey);
    if (suggestion) problem.hint = `did you mean "${suggestion}"?`;
    if (problem.found === "nothing" && problem.message.startsWith("the required field")) {
      const what = describeField(scenarioSchema, problem.path);
      if (what) {
        problem.message = `${problem.message}: ${what.description}`;
        problem.expected = what.example;
      }
    }
  }
  return { problems: [...blocked, ...problems.filter((p) => !isBlocked(p.path))], parts };
}

/** `countries[5].demand` → `countries[5] (MY).demand`: the id of the item, read from the file. */
function nameThings(record: Record<string, unknown>, problem: Problem): void {
  const m = /^(countries|events|sources)\[(\d+)\]/.exec(problem.path);
  if (!m?.[1] || m[2] === undefined) return;
  const list = own(record, m[1]);
  const item = Array.isArray(list) ? (list[Number(m[2])] as unknown) : undefined;
  const id = item !== null && typeof item === "object" && Object.prototype.hasOwnProperty.call(item, "id") ? (item as Record<string, unknown>).id : undefined;
  if (typeof id !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(id)) return;
  problem.where = `${m[0]} (${id})${problem.path.slice(m[0].length)}`;
}

/** Is this a scenario at all, and one this build can read? Checked first: nothing else makes sense otherwise. */
function identityProblems(data: unknown): Problem[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const found = Array.isArray(data) ? "a list" : data === null ? "null" : typeof data === "string" ? "a text" : typeof data === "number" ? "a number" : typeof data === "boolean" ? String(data) : typeof data;
    return [{ path: "(file)", message: "a scenario must be a JSON object { ... }", expected: "an object", found, hint: "this is not a Chip Diplomacy scenario file" }];
  }
  const record = data as Record<string, unknown>;
  const format = own(record, "format");
  if (format !== SCENARIO_FORMAT) {
    const other = typeof format === "string" && format.startsWith("chip-diplomacy/") ? `this is a Chip Diplomacy file of another kind ("${format.slice(0, 60)}"), not a scenario` : "this is not a Chip Diplomacy scenario file";
    return [{ path: "format", message: `must be "${SCENARIO_FORMAT}"`, expected: `"${SCENARIO_FORMAT}"`, found: format === undefined ? "nothing" : (JSON.stringify(format) ?? String(format)).slice(0, 60), hint: other }];
  }
  const version = own(record, "schemaVersion");
  const minimum = own(record, "minCompatibleVersion");
  const readable = `a version from ${SCENARIO_MIN_COMPATIBLE_VERSION} to ${SCENARIO_SCHEMA_VERSION}`;
  if (typeof version === "number" && Number.isInteger(version)) {
    if (version > SCENARIO_SCHEMA_VERSION) {
      return [{ path: "schemaVersion", message: `this scenario uses format version ${version}, newer than this game reads`, expected: readable, found: String(version), hint: "it was written for a newer version of the game: update the game" }];
    }
    if (version < SCENARIO_MIN_COMPATIBLE_VERSION) {
      return [{ path: "schemaVersion", message: `format version ${version} is no longer supported`, expected: readable, found: String(version), hint: "an old file: convert it with an older version of the game" }];
    }
  }
  if (typeof minimum === "number" && Number.isInteger(minimum) && minimum > SCENARIO_SCHEMA_VERSION) {
    return [{ path: "minCompatibleVersion", message: `this scenario needs a game that reads format version ${minimum} or later`, expected: `at most ${SCENARIO_SCHEMA_VERSION} (the newest version this game reads)`, found: String(minimum), hint: "it was written for a newer version of the game: update the game" }];
  }
  return [];
}
