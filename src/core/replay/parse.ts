// Reading a replay file people hand in: two passes like scenario validation — the version and the
// structure first, then meaning (turn records against the action list) — and every problem with its path.
// Nothing a replay states is taken on trust: unknown fields and keys written twice are problems here, and
// verifyReplay checks every stated value against the re-simulation.
import * as v from "valibot";
import { ACTION_TYPE_NAMES, actionShapeProblem } from "../actionShape";
import { duplicateKeys } from "../duplicateKeys";
import { capProblems, lengthProblems } from "../problemCap";
import { formatPath, parseJsonText, problemsFromIssues, worded, wordedFields, type Checked, type Problem } from "../problems";
import { POLICIES, type Scenario } from "../scenario/schema";
import { validateScenario } from "../scenario/validate";
import {
  REPLAY_FORMAT, REPLAY_MAX_ACTIONS, REPLAY_MAX_BYTES, REPLAY_MAX_COUNTRIES, REPLAY_MAX_SEED_LENGTH, REPLAY_MAX_TRACKS,
  REPLAY_MAX_TURNS, REPLAY_MIN_COMPATIBLE_VERSION, REPLAY_SCHEMA_VERSION, oneLineProblem, type Replay,
} from "./format";

export const ACTION_TYPES = ACTION_TYPE_NAMES;

/** A string printed on one line: bounded, no control characters (it could forge a line of output). */
const oneLine = (max: number) => v.pipe(v.string(), v.rawCheck(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const problem = oneLineProblem(dataset.value, max);
  if (problem) addIssue({ message: problem });
}));
const hash = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, "16 lowercase hexadecimal digits"));
const count = v.pipe(v.number(), v.integer());
const numbers = v.record(v.string(), v.pipe(v.number(), v.finite()));
const snapshot = v.strictObject({
  relations: count, enforcement: count, shipped: count, diverted: count, divertedDetected: count,
  dealChips: v.nullable(count),
});
const turnRecord = v.strictObject({ turn: v.pipe(count, v.minValue(0)), hash, tracks: numbers, countries: v.record(v.string(), snapshot) });
const score = v.strictObject({
  security: count, economy: count, alliances: count, total: count, grade: v.picklist(["A", "B", "C", "D", "F"]),
});
const outcome = v.strictObject({ result: v.picklist(["completed", "dismissed", "lead-lost"]), turn: count, score });
const deal = v.strictObject({
  chips: count, investment: count, tariffCut: count, enforcementCooperation: v.boolean(),
  conditions: v.record(v.string(), v.boolean()), signedTurn: count,
  // The deal's term (rules 0.3.0 on); older replays have none.
  months: v.optional(count),
});

const replaySchema = v.strictObject({
  format: v.literal(REPLAY_FORMAT),
  schemaVersion: v.pipe(count, v.minValue(1)),
  minCompatibleVersion: v.pipe(count, v.minValue(1)),
  gameVersion: oneLine(100),
  id: hash,
  scenario: v.strictObject({ id: v.pipe(v.string(), v.minLength(1)), hash, embedded: v.optional(v.unknown()) }),
  seed: oneLine(REPLAY_MAX_SEED_LENGTH),
  policy: v.picklist(POLICIES),
  player: oneLine(100),
  startHash: hash,
  // Each action's shape is checked by actionShapeProblem, the same check step() makes.
  actions: v.array(v.unknown()),
  turns: v.array(turnRecord),
  final: v.strictObject({
    status: v.picklist(["playing", "over"]),
    turn: v.pipe(count, v.minValue(0)),
    hash,
    outcome: v.nullable(outcome),
    tracks: numbers,
    deals: v.record(v.string(), deal),
  }),
  parent: v.optional(v.strictObject({ id: hash, finalHash: hash, branchTurn: v.pipe(count, v.minValue(0)) })),
});

/**
 * Embedded scenarios already validated, by their JSON text: a batch of replays of one scenario (a class)
 * validates the copy they all carry once. The same text validates the same way, so reusing it is exact.
 */
export type ValidatedScenarios = Map<string, Scenario>;

export function parseReplayText(text: string, validated?: ValidatedScenarios): Checked<Replay> {
  const parsed = parseJsonText(text, REPLAY_MAX_BYTES, "replay file");
  if (!parsed.ok) return { ok: false, problems: capProblems(parsed.problems) };
  const repeated = duplicateKeys(text).map((d): Problem => ({
    path: d.path, expected: "each field once", found: "a second value for it",
    ...wordedFields(worded("json/duplicate-key", "is written twice in the same object"), worded("duplicate-key", "JSON readers keep only one of the two values: the file was edited by hand or put together from two files")),
  }));
  const checked = validateReplay(parsed.value, validated);
  if (repeated.length === 0) return checked;
  return { ok: false, problems: capProblems([...repeated, ...(checked.ok ? [] : checked.problems)]) };
}

export function validateReplay(data: unknown, validated?: ValidatedScenarios): Checked<Replay> {
  const checked = checkReplay(data, validated);
  return checked.ok ? checked : { ok: false, problems: capProblems(checked.problems) };
}

function checkReplay(data: unknown, validated?: ValidatedScenarios): Checked<Replay> {
  const version = versionProblems(data);
  if (version.length > 0) return { ok: false, problems: version };
  const record = data as Record<string, unknown>;
  // Sizes first: a list of a million items is refused before anything walks it.
  const turns = Array.isArray(record.turns) ? record.turns : [];
  const final = record.final !== null && typeof record.final === "object" ? record.final as Record<string, unknown> : {};
  const scenario = record.scenario !== null && typeof record.scenario === "object" ? record.scenario as Record<string, unknown> : {};
  const embedded = scenario.embedded !== null && typeof scenario.embedded === "object" ? scenario.embedded as Record<string, unknown> : {};
  const sizes = lengthProblems([
    { path: "actions", value: record.actions, max: REPLAY_MAX_ACTIONS, what: "actions" },
    { path: "turns", value: record.turns, max: REPLAY_MAX_TURNS, what: "turn records" },
    { path: "final.tracks", value: final.tracks, max: REPLAY_MAX_TRACKS, what: "tracks" },
    { path: "final.deals", value: final.deals, max: REPLAY_MAX_COUNTRIES, what: "deals" },
    // The embedded scenario's lists, before scenario validation walks them (the scenario schema's limits).
    { path: "scenario.embedded.countries", value: embedded.countries, max: REPLAY_MAX_COUNTRIES, what: "countries" },
    { path: "scenario.embedded.events", value: embedded.events, max: 500, what: "events" },
    { path: "scenario.embedded.hints", value: embedded.hints, max: 10_000, what: "hints" },
    { path: "scenario.embedded.sources", value: embedded.sources, max: 10_000, what: "sources" },
  ]);
  if (sizes.length === 0) {
    turns.forEach((t: unknown, i) => {
      if (t === null || typeof t !== "object") return;
      const turn = t as Record<string, unknown>;
      sizes.push(...lengthProblems([
        { path: `turns[${i}].tracks`, value: turn.tracks, max: REPLAY_MAX_TRACKS, what: "tracks" },
        { path: `turns[${i}].countries`, value: turn.countries, max: REPLAY_MAX_COUNTRIES, what: "countries" },
      ]));
    });
  }
  if (sizes.length > 0) return { ok: false, problems: sizes };
  const result = v.safeParse(replaySchema, data);
  const problems = result.success ? [] : problemsFromIssues(result.issues);
  if (Array.isArray(record.actions)) {
    record.actions.forEach((action: unknown, i) => {
      const shape = actionShapeProblem(action);
      if (shape) problems.push({ path: shape.field === "(action)" ? `actions[${i}]` : formatPath(["actions", i, shape.field]), message: shape.message });
    });
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  const replay = result.output as unknown as Replay;
  const meaning = meaningProblems(replay, validated);
  return meaning.length > 0 ? { ok: false, problems: meaning } : { ok: true, value: replay };
}

function versionProblems(data: unknown): Problem[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return [{ path: "(file)", ...wordedFields(worded("replay/not-object", "a replay must be a JSON object")), found: Array.isArray(data) ? "a list" : typeof data }];
  }
  const record = data as Record<string, unknown>;
  if (record.format !== REPLAY_FORMAT) {
    const hint = record.format === "chip-diplomacy/scenario" ? worded("scenario-not-replay", "this is a scenario file, not a replay")
      : record.format === "chip-diplomacy/state" ? worded("state-not-replay", "this is a saved game state, not a replay")
        : worded("not-a-replay", "this is not a Chip Diplomacy replay file");
    return [{ path: "format", ...wordedFields(worded("replay/format", `must be "${REPLAY_FORMAT}"`, { format: REPLAY_FORMAT }), hint), found: JSON.stringify(record.format) ?? "nothing" }];
  }
  const version = record.schemaVersion;
  const minimum = typeof record.minCompatibleVersion === "number" ? record.minCompatibleVersion : version;
  if (typeof version === "number" && Number.isInteger(version) && typeof minimum === "number") {
    if (version > REPLAY_SCHEMA_VERSION && minimum > REPLAY_SCHEMA_VERSION) {
      return [{
        path: "schemaVersion",
        ...wordedFields(
          worded("replay/newer-format", `this replay uses format version ${version} and needs a reader of version ${minimum} or later; this game reads up to ${REPLAY_SCHEMA_VERSION}`, { version, minimum, reads: REPLAY_SCHEMA_VERSION }),
          worded("newer-game", "it was written by a newer version of the game: update the game"),
        ),
      }];
    }
    if (version < REPLAY_MIN_COMPATIBLE_VERSION) {
      return [{ path: "schemaVersion", ...wordedFields(worded("replay/older-format", `format version ${version} is no longer supported (oldest readable: ${REPLAY_MIN_COMPATIBLE_VERSION})`, { version, oldest: REPLAY_MIN_COMPATIBLE_VERSION })) }];
    }
  }
  return [];
}

function meaningProblems(r: Replay, validated?: ValidatedScenarios): Problem[] {
  const problems: Problem[] = [];
  const ends = r.actions.filter((a) => a.type === "endTurn").length;
  if (r.turns.length !== ends) {
    problems.push({
      path: "turns",
      ...wordedFields(
        worded("replay/turn-count", `there are ${r.turns.length} turn record(s) for ${ends} "endTurn" action(s)`, { records: r.turns.length, ends }),
        worded("cut-short", "the file was cut short or records were added or removed by hand"),
      ),
      expected: `${ends}`, found: `${r.turns.length}`,
    });
  }
  r.turns.forEach((t, i) => {
    if (t.turn !== i) problems.push({ path: `turns[${i}].turn`, ...wordedFields(worded("replay/turn-number", `must be ${i}`, { turn: i }), worded("out-of-order", "turn records out of order")), found: String(t.turn) });
  });
  if (r.final.turn !== ends) problems.push({ path: "final.turn", ...wordedFields(worded("replay/final-turn", `must be ${ends}, the number of turns played`, { turns: ends })), found: String(r.final.turn) });
  if (r.parent && r.parent.branchTurn > ends) {
    problems.push({ path: "parent.branchTurn", ...wordedFields(worded("replay/branch-turn", `the branch turn ${r.parent.branchTurn} is after the last turn played (${ends})`, { branch: r.parent.branchTurn, turns: ends })) });
  }
  if (r.scenario.embedded !== undefined) {
    const text = validated ? JSON.stringify(r.scenario.embedded) : "";
    const known = validated?.get(text);
    const checked = known ? { ok: true as const, value: known } : validateScenario(r.scenario.embedded);
    if (validated && checked.ok && !known) validated.set(text, checked.value);
    if (!checked.ok) {
      for (const p of checked.problems) problems.push({ ...p, path: p.path === "(file)" ? "scenario.embedded" : `scenario.embedded.${p.path}` });
    } else if (checked.value.id !== r.scenario.id) {
      problems.push({ path: "scenario.id", ...wordedFields(worded("replay/embedded-id", `the embedded scenario's id is "${checked.value.id}"`, { id: checked.value.id })), found: JSON.stringify(r.scenario.id) });
    } else {
      r.scenario.embedded = checked.value;
    }
  }
  return problems;
}
