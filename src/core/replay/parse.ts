// Reading a replay file people hand in: two passes like scenario validation — the version and the
// structure first, then meaning (turn records against the action list) — and every problem with its path.
import * as v from "valibot";
import { parseJsonText, problemsFromIssues, type Checked, type Problem } from "../problems";
import { POLICIES } from "../scenario/schema";
import { validateScenario } from "../scenario/validate";
import {
  REPLAY_FORMAT, REPLAY_MAX_BYTES, REPLAY_MIN_COMPATIBLE_VERSION, REPLAY_SCHEMA_VERSION, type Replay,
} from "./format";

export const ACTION_TYPES = ["offer", "acceptCounter", "walkAway", "suspendDeal", "crackdown", "entityList", "licence", "briefCongress", "endTurn"] as const;

const hash = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, "16 lowercase hexadecimal digits"));
const count = v.pipe(v.number(), v.integer());
const numbers = v.record(v.string(), v.pipe(v.number(), v.finite()));
const snapshot = v.object({
  relations: count, enforcement: count, shipped: count, diverted: count, divertedDetected: count,
  dealChips: v.nullable(count),
});
const turnRecord = v.object({ turn: v.pipe(count, v.minValue(0)), hash, tracks: numbers, countries: v.record(v.string(), snapshot) });
const score = v.object({
  security: count, economy: count, alliances: count, total: count, grade: v.picklist(["A", "B", "C", "D", "F"]),
});
const outcome = v.object({ result: v.picklist(["completed", "dismissed", "lead-lost"]), turn: count, score });
const deal = v.object({
  chips: count, investment: count, tariffCut: count, enforcementCooperation: v.boolean(),
  conditions: v.record(v.string(), v.boolean()), signedTurn: count,
});

const replaySchema = v.object({
  format: v.literal(REPLAY_FORMAT),
  schemaVersion: v.pipe(count, v.minValue(1)),
  minCompatibleVersion: v.pipe(count, v.minValue(1)),
  gameVersion: v.pipe(v.string(), v.minLength(1)),
  id: hash,
  scenario: v.object({ id: v.pipe(v.string(), v.minLength(1)), hash, embedded: v.optional(v.unknown()) }),
  seed: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  policy: v.picklist(POLICIES),
  player: v.string(),
  startHash: hash,
  actions: v.array(v.looseObject({ type: v.picklist(ACTION_TYPES) })),
  turns: v.array(turnRecord),
  final: v.object({
    status: v.picklist(["playing", "over"]),
    turn: v.pipe(count, v.minValue(0)),
    hash,
    outcome: v.nullable(outcome),
    tracks: numbers,
    deals: v.record(v.string(), deal),
  }),
  parent: v.optional(v.object({ id: hash, finalHash: hash, branchTurn: v.pipe(count, v.minValue(0)) })),
});

export function parseReplayText(text: string): Checked<Replay> {
  const parsed = parseJsonText(text, REPLAY_MAX_BYTES, "replay file");
  return parsed.ok ? validateReplay(parsed.value) : parsed;
}

export function validateReplay(data: unknown): Checked<Replay> {
  const version = versionProblems(data);
  if (version.length > 0) return { ok: false, problems: version };
  const result = v.safeParse(replaySchema, data);
  if (!result.success) return { ok: false, problems: problemsFromIssues(result.issues) };
  const replay = result.output as unknown as Replay;
  const meaning = meaningProblems(replay);
  if (meaning.length > 0) return { ok: false, problems: meaning };
  if (replay.scenario.embedded !== undefined) {
    const checked = validateScenario(replay.scenario.embedded);
    if (checked.ok) replay.scenario.embedded = checked.value;
  }
  return { ok: true, value: replay };
}

function versionProblems(data: unknown): Problem[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return [{ path: "(file)", message: "a replay must be a JSON object", found: Array.isArray(data) ? "a list" : typeof data }];
  }
  const record = data as Record<string, unknown>;
  if (record.format !== REPLAY_FORMAT) {
    const hint = record.format === "chip-diplomacy/scenario" ? "this is a scenario file, not a replay"
      : record.format === "chip-diplomacy/state" ? "this is a saved game state, not a replay"
        : "this is not a Chip Diplomacy replay file";
    return [{ path: "format", message: `must be "${REPLAY_FORMAT}"`, found: JSON.stringify(record.format) ?? "nothing", hint }];
  }
  const version = record.schemaVersion;
  const minimum = typeof record.minCompatibleVersion === "number" ? record.minCompatibleVersion : version;
  if (typeof version === "number" && Number.isInteger(version) && typeof minimum === "number") {
    if (version > REPLAY_SCHEMA_VERSION && minimum > REPLAY_SCHEMA_VERSION) {
      return [{
        path: "schemaVersion",
        message: `this replay uses format version ${version} and needs a reader of version ${minimum} or later; this game reads up to ${REPLAY_SCHEMA_VERSION}`,
        hint: "it was written by a newer version of the game: update the game",
      }];
    }
    if (version < REPLAY_MIN_COMPATIBLE_VERSION) {
      return [{ path: "schemaVersion", message: `format version ${version} is no longer supported (oldest readable: ${REPLAY_MIN_COMPATIBLE_VERSION})` }];
    }
  }
  return [];
}

function meaningProblems(r: Replay): Problem[] {
  const problems: Problem[] = [];
  const ends = r.actions.filter((a) => a.type === "endTurn").length;
  if (r.turns.length !== ends) {
    problems.push({
      path: "turns",
      message: `there are ${r.turns.length} turn record(s) for ${ends} "endTurn" action(s)`,
      expected: `${ends}`, found: `${r.turns.length}`,
      hint: "the file was cut short or records were added or removed by hand",
    });
  }
  r.turns.forEach((t, i) => {
    if (t.turn !== i) problems.push({ path: `turns[${i}].turn`, message: `must be ${i}`, found: String(t.turn), hint: "turn records out of order" });
  });
  if (r.final.turn !== ends) problems.push({ path: "final.turn", message: `must be ${ends}, the number of turns played`, found: String(r.final.turn) });
  if (r.parent && r.parent.branchTurn > ends) {
    problems.push({ path: "parent.branchTurn", message: `the branch turn ${r.parent.branchTurn} is after the last turn played (${ends})` });
  }
  if (r.scenario.embedded !== undefined) {
    const checked = validateScenario(r.scenario.embedded);
    if (!checked.ok) {
      for (const p of checked.problems) problems.push({ ...p, path: p.path === "(file)" ? "scenario.embedded" : `scenario.embedded.${p.path}` });
    } else if (checked.value.id !== r.scenario.id) {
      problems.push({ path: "scenario.id", message: `the embedded scenario's id is "${checked.value.id}"`, found: JSON.stringify(r.scenario.id) });
    }
  }
  return problems;
}
