// Verifying a replay by re-simulation: the first turn whose hash differs is named, with the recorded
// quantities that differ; an action the rules refuse is named with its turn and the rule's reason.
import { scenarioHash } from "../newGame";
import type { Scenario } from "../scenario/schema";
import type { Action, GameState } from "../state";
import { canonicalJson, hashString } from "../hash";
import { stateHash } from "../stateHash";
import { step } from "../step";
import { newGame } from "../newGame";
import { replayIdOf, summaryOf, turnRecordOf, type Replay, type TurnRecord } from "./format";

export interface QuantityDifference {
  /** e.g. `tracks.revenue` or `countries.AE.diverted`. */
  quantity: string;
  recorded: number | null;
  actual: number | null;
}

/** A value the replay states that the re-simulation does not reach: values in compact JSON. */
export interface FieldDifference {
  /** e.g. `final.outcome.score.total`. */
  path: string;
  recorded: string;
  actual: string;
}

export type Verification =
  | { kind: "verified"; finalHash: string; turns: number; notes: string[] }
  /** Every turn replays to its recorded hash, but the file states results the game did not reach (an edited score, outcome, deal or id). */
  | { kind: "misstated"; finalHash: string; turns: number; fields: FieldDifference[]; notes: string[] }
  | {
    kind: "diverged";
    /** The first turn whose hash differs; -1 for the start of the game (before any action). */
    turn: number;
    recordedHash: string;
    actualHash: string;
    differences: QuantityDifference[];
    notes: string[];
  }
  | { kind: "scenario-mismatch"; message: string }
  | { kind: "illegal-action"; index: number; turn: number; code: string; message: string };

/** Recorded quantities that differ between two turn records, in a stable order. */
export function recordDifferences(recorded: Pick<TurnRecord, "tracks" | "countries">, actual: Pick<TurnRecord, "tracks" | "countries">): QuantityDifference[] {
  const out: QuantityDifference[] = [];
  const num = (x: unknown): number | null => (typeof x === "number" ? x : null);
  const trackNames = [...new Set([...Object.keys(recorded.tracks), ...Object.keys(actual.tracks)])].sort();
  for (const name of trackNames) {
    const a = num((recorded.tracks as unknown as Record<string, unknown>)[name]);
    const b = num((actual.tracks as unknown as Record<string, unknown>)[name]);
    if (a !== b) out.push({ quantity: `tracks.${name}`, recorded: a, actual: b });
  }
  const ids = [...new Set([...Object.keys(recorded.countries), ...Object.keys(actual.countries)])].sort();
  for (const id of ids) {
    const r = recorded.countries[id] as Record<string, unknown> | undefined;
    const s = actual.countries[id] as Record<string, unknown> | undefined;
    const fields = [...new Set([...Object.keys(r ?? {}), ...Object.keys(s ?? {})])].sort();
    for (const field of fields) {
      const a = num(r?.[field]);
      const b = num(s?.[field]);
      if (a !== b) out.push({ quantity: `countries.${id}.${field}`, recorded: a, actual: b });
    }
  }
  return out;
}

const MAX_FIELD_DIFFERENCES = 100;

function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Every path where `recorded` and `actual` (plain JSON) differ, depth first, keys in sorted order. */
export function fieldDifferences(recorded: unknown, actual: unknown, path: string, out: FieldDifference[] = []): FieldDifference[] {
  if (out.length >= MAX_FIELD_DIFFERENCES) return out;
  const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object";
  if (isObject(recorded) && isObject(actual) && Array.isArray(recorded) === Array.isArray(actual)) {
    const keys = [...new Set([...Object.keys(recorded), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      const has = (o: Record<string, unknown>) => Object.hasOwn(o, key);
      const child = Array.isArray(recorded) ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      fieldDifferences(has(recorded) ? recorded[key] : undefined, has(actual) ? actual[key] : undefined, child, out);
    }
    return out;
  }
  if (!Object.is(recorded, actual)) out.push({ path, recorded: shown(recorded), actual: shown(actual) });
  return out;
}

/**
 * The notes a verification adds, by code: the command line prints the English, the browser words the code
 * (`verifyNote.<code>`) in the player's language.
 */
export const VERIFY_NOTES = {
  "id-mismatch": "the replay's id does not match its content: the action list or the seed was changed after recording",
  "differs-at-start": "the game differs before any action: the seed, the policy or the rules for a new game changed",
  "record-edited": "the state hash matches but recorded quantities do not: the turn record was edited",
  "hash-edited": "every recorded quantity matches: the hash itself was edited, or the difference lies in state the replay does not record (negotiations, licences, events)",
  "final-differs": "every turn matches but the final state differs (the actions after the last full turn, or the summary, differ)",
} as const;

/** Checks that `scenario` is the one the replay was played on. */
export function scenarioMismatch(replay: Replay, scenario: Scenario): string | null {
  const hash = scenarioHash(scenario);
  if (hash === replay.scenario.hash) return null;
  return scenario.id === replay.scenario.id
    ? `the scenario "${scenario.id}" has changed since the replay was recorded (content hash ${hash}, the replay expects ${replay.scenario.hash})`
    : `the replay was played on scenario "${replay.scenario.id}" (hash ${replay.scenario.hash}), not on "${scenario.id}" (hash ${hash})`;
}

/** A month's result as the verifier computes it: the state after its endTurn, that state's hash and turn record. */
interface MonthResult {
  state: GameState;
  hash: string;
  record: TurnRecord;
}

/**
 * Months already simulated, shared between the replays of one batch (a class, what-if branches taken
 * from a common game): keyed by the world (scenario hash, seed, policy) and every action up to the month's
 * end, so a month two replays reached by the same actions is stepped and hashed once. Only months whose
 * actions were all legal are kept; the simulation is deterministic, so a shared month is exactly what each
 * replay's own re-simulation would reach, and each replay's recorded turns are still checked against it.
 */
export class SharedMonths {
  private readonly months = new Map<string, MonthResult>();
  /** Months reused instead of simulated again. */
  reused = 0;

  get(key: string): MonthResult | undefined {
    const found = this.months.get(key);
    if (found) this.reused += 1;
    return found;
  }

  set(key: string, month: MonthResult): void {
    this.months.set(key, month);
  }
}

/** `shared`: months already simulated by other replays of the batch (see SharedMonths). */
export function verifyReplay(replay: Replay, scenario: Scenario, shared?: SharedMonths): Verification {
  const mismatch = scenarioMismatch(replay, scenario);
  if (mismatch) return { kind: "scenario-mismatch", message: mismatch };
  const notes: string[] = [];
  const actualId = replayIdOf(replay.scenario.hash, replay.seed, replay.policy, replay.actions);
  if (actualId !== replay.id) {
    notes.push(VERIFY_NOTES["id-mismatch"]);
  }
  let state: GameState = newGame(scenario, replay.seed, { policy: replay.policy });
  const startHash = stateHash(state);
  if (startHash !== replay.startHash) {
    return { kind: "diverged", turn: -1, recordedHash: replay.startHash, actualHash: startHash, differences: [], notes: [...notes, VERIFY_NOTES["differs-at-start"]] };
  }
  let turn = 0;
  let from = 0;
  let key = shared ? `${replay.scenario.hash}/${canonicalJson(replay.seed)}/${replay.policy}` : "";
  for (let end = 0; end < replay.actions.length; end++) {
    if ((replay.actions[end] as Action).type !== "endTurn") continue;
    // Month `turn` is actions[from..end]: reused from another replay of the batch, or stepped here.
    if (shared) key = hashString(key + canonicalJson(replay.actions.slice(from, end + 1)));
    let month = shared?.get(key);
    if (!month) {
      for (let index = from; index <= end; index++) {
        const result = step(state, replay.actions[index] as Action);
        if (!result.ok) return { kind: "illegal-action", index, turn: state.turn, code: result.code, message: result.message };
        state = result.state;
      }
      const hash = stateHash(state);
      month = { state, hash, record: turnRecordOf(state, hash) };
      shared?.set(key, month);
    }
    state = month.state;
    from = end + 1;
    const { hash } = month;
    const recorded = replay.turns[turn];
    if (recorded && recorded.hash === hash) {
      // The hash matches; the recorded quantities must too, or the file was edited by hand.
      const edited = recordDifferences(recorded, month.record);
      if (edited.length > 0) {
        return { kind: "diverged", turn, recordedHash: recorded.hash, actualHash: hash, differences: edited, notes: [...notes, VERIFY_NOTES["record-edited"]] };
      }
    }
    if (!recorded || recorded.hash !== hash) {
      const differences = recorded ? recordDifferences(recorded, month.record) : [];
      const extra = recorded && differences.length === 0
        ? [VERIFY_NOTES["hash-edited"]]
        : [];
      return { kind: "diverged", turn, recordedHash: recorded?.hash ?? "(none)", actualHash: hash, differences, notes: [...notes, ...extra] };
    }
    turn += 1;
  }
  // Actions after the last endTurn (a month left unfinished).
  for (let index = from; index < replay.actions.length; index++) {
    const result = step(state, replay.actions[index] as Action);
    if (!result.ok) return { kind: "illegal-action", index, turn: state.turn, code: result.code, message: result.message };
    state = result.state;
  }
  const finalHash = stateHash(state);
  if (finalHash !== replay.final.hash) {
    return {
      kind: "diverged", turn, recordedHash: replay.final.hash, actualHash: finalHash,
      differences: recordDifferences({ tracks: replay.final.tracks, countries: {} }, { tracks: state.tracks, countries: {} }),
      notes: [...notes, VERIFY_NOTES["final-differs"]],
    };
  }
  // The hashes all match: everything else the file states must be what the game reached.
  const fields = fieldDifferences(replay.final, summaryOf(state, finalHash), "final");
  if (actualId !== replay.id) fields.unshift({ path: "id", recorded: shown(replay.id), actual: shown(actualId) });
  if (fields.length > 0) {
    return { kind: "misstated", finalHash, turns: turn, fields, notes: notes.filter((n) => n !== VERIFY_NOTES["id-mismatch"]) };
  }
  if (replay.parent) notes.push(`a branch of replay ${replay.parent.id} from turn ${replay.parent.branchTurn}: check that one too (the parent is not in this file)`);
  return { kind: "verified", finalHash, turns: turn, notes };
}
