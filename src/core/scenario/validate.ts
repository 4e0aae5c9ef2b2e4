// Scenario validation in two passes: structure (the schema, plus what JSON.parse lets through but a file
// must never contain), then meaning (references, sums, ranges that depend on each other). Every problem is
// reported, never only the first; nothing throws.
import * as v from "valibot";
import { parseJsonSyntax, problemsFromIssues, unsafeJsonProblems, type Checked, type Problem } from "../problems";
import { meaningProblems } from "./meaning";
import {
  SCENARIO_FORMAT, SCENARIO_MAX_BYTES, SCENARIO_MIN_COMPATIBLE_VERSION, SCENARIO_SCHEMA_VERSION,
  scenarioSchema, type Scenario,
} from "./schema";
import { describeField, suggestKey } from "./suggest";

/** Checks a scenario file's text: size, JSON syntax, then validateScenario. */
export function parseScenarioText(text: string): Checked<Scenario> {
  const parsed = parseJsonSyntax(text, SCENARIO_MAX_BYTES, "scenario file");
  return parsed.ok ? validateScenario(parsed.value) : parsed;
}

/** Checks parsed data: what kind of file and which version, then structure, then meaning. */
export function validateScenario(data: unknown): Checked<Scenario> {
  const identity = identityProblems(data);
  if (identity.length > 0) return { ok: false, problems: identity };
  const structure = structureProblems(data);
  if (structure.problems.length > 0 || !structure.value) return { ok: false, problems: structure.problems };
  const meaning = meaningProblems(structure.value);
  return meaning.length > 0 ? { ok: false, problems: meaning } : { ok: true, value: structure.value };
}

function structureProblems(data: unknown): { problems: Problem[]; value?: Scenario } {
  const unsafe = unsafeJsonProblems(data);
  const result = v.safeParse(scenarioSchema, data);
  if (unsafe.length === 0 && result.success) return { problems: [], value: result.output };
  // The safety scan says more about a non-finite number or a __proto__ key than the schema does: keep its
  // problem and drop the schema's at the same place or below it.
  const covered = unsafe.map((p) => p.path);
  const schemaProblems = result.success ? [] : problemsFromIssues(result.issues).filter(
    (p) => !covered.some((c) => p.path === c || p.path.startsWith(`${c}.`) || p.path.startsWith(`${c}[`)),
  );
  for (const problem of schemaProblems) {
    const unknownKey = /^"(.+)" is not a field of this format$/.exec(problem.message)?.[1];
    const suggestion = unknownKey === undefined ? null : suggestKey(scenarioSchema, problem.path, unknownKey);
    if (suggestion) problem.hint = `did you mean "${suggestion}"?`;
    if (problem.found === "nothing" && problem.message.startsWith("the required field")) {
      const what = describeField(scenarioSchema, problem.path);
      if (what) problem.expected = what;
    }
  }
  return { problems: [...unsafe, ...schemaProblems] };
}

/** Is this a scenario at all, and one this build can read? Checked first: nothing else makes sense otherwise. */
function identityProblems(data: unknown): Problem[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return [{ path: "(file)", message: "a scenario must be a JSON object { ... }", expected: "an object", found: Array.isArray(data) ? "a list" : data === null ? "null" : typeof data, hint: "this is not a Chip Diplomacy scenario file" }];
  }
  const record = data as Record<string, unknown>;
  const format = Object.prototype.hasOwnProperty.call(record, "format") ? record.format : undefined;
  if (format !== SCENARIO_FORMAT) {
    const other = typeof format === "string" && format.startsWith("chip-diplomacy/") ? `this is a Chip Diplomacy file of another kind ("${format}"), not a scenario` : "this is not a Chip Diplomacy scenario file";
    return [{ path: "format", message: `must be "${SCENARIO_FORMAT}"`, expected: `"${SCENARIO_FORMAT}"`, found: format === undefined ? "nothing" : JSON.stringify(format) ?? String(format), hint: other }];
  }
  const version = Object.prototype.hasOwnProperty.call(record, "schemaVersion") ? record.schemaVersion : undefined;
  const readable = `a version from ${SCENARIO_MIN_COMPATIBLE_VERSION} to ${SCENARIO_SCHEMA_VERSION}`;
  if (typeof version === "number" && Number.isInteger(version)) {
    if (version > SCENARIO_SCHEMA_VERSION) {
      return [{ path: "schemaVersion", message: `this scenario uses format version ${version}, newer than this game reads`, expected: readable, found: String(version), hint: "it was written for a newer version of the game: update the game" }];
    }
    if (version < SCENARIO_MIN_COMPATIBLE_VERSION) {
      return [{ path: "schemaVersion", message: `format version ${version} is no longer supported`, expected: readable, found: String(version), hint: "an old file: convert it with an older version of the game" }];
    }
  }
  return [];
}
