// Verifying a replay by re-simulation: the first turn whose hash differs is named, with the recorded
// quantities that differ; an action the rules refuse is named with its turn and the rule's reason.
import { scenarioHash } from "../newGame";
import type { Scenario } from "../scenario/schema";
import type { Action, GameState } from "../state";
import { stateHash } from "../stateHash";
import { step } from "../step";
import { newGame } from "../newGame";
import { replayIdOf, turnRecordOf, type Replay, type TurnRecord } from "./format";

export interface QuantityDifference {
  /** e.g. `tracks.revenue` or `countries.AE.diverted`. */
  quantity: string;
  recorded: number | null;
  actual: number | null;
}

export type Verification =
  | { kind: "verified"; finalHash: string; turns: number; notes: string[] }
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

/** Checks that `scenario` is the one the replay was played on. */
export function scenarioMismatch(replay: Replay, scenario: Scenario): string | null {
  const hash = scenarioHash(scenario);
  if (hash === replay.scenario.hash) return null;
  return scenario.id === replay.scenario.id
    ? `the scenario "${scenario.id}" has changed since the replay was recorded (content hash ${hash}, the replay expects ${replay.scenario.hash})`
    : `the replay was played on scenario "${replay.scenario.id}" (hash ${replay.scenario.hash}), not on "${scenario.id}" (hash ${hash})`;
}

export function verifyReplay(replay: Replay, scenario: Scenario): Verification {
  const mismatch = scenarioMismatch(replay, scenario);
  if (mismatch) return { kind: "scenario-mismatch", message: mismatch };
  const notes: string[] = [];
  if (replayIdOf(replay.scenario.hash, replay.seed, replay.policy, replay.actions) !== replay.id) {
    notes.push("the replay's id does not match its content: the action list or the seed was changed after recording");
  }
  let state: GameState = newGame(scenario, replay.seed, { policy: replay.policy });
  const startHash = stateHash(state);
  if (startHash !== replay.startHash) {
    return { kind: "diverged", turn: -1, recordedHash: replay.startHash, actualHash: startHash, differences: [], notes: [...notes, "the game differs before any action: the seed, the policy or the rules for a new game changed"] };
  }
  let turn = 0;
  for (let index = 0; index < replay.actions.length; index++) {
    const action = replay.actions[index] as Action;
    const result = step(state, action);
    if (!result.ok) return { kind: "illegal-action", index, turn: state.turn, code: result.code, message: result.message };
    state = result.state;
    if (action.type !== "endTurn") continue;
    const recorded = replay.turns[turn];
    const hash = stateHash(state);
    if (recorded && recorded.hash === hash) {
      // The hash matches; the recorded quantities must too, or the file was edited by hand.
      const edited = recordDifferences(recorded, turnRecordOf(state, hash));
      if (edited.length > 0) {
        return { kind: "diverged", turn, recordedHash: recorded.hash, actualHash: hash, differences: edited, notes: [...notes, "the state hash matches but recorded quantities do not: the turn record was edited"] };
      }
    }
    if (!recorded || recorded.hash !== hash) {
      const actual = turnRecordOf(state, hash);
      const differences = recorded ? recordDifferences(recorded, actual) : [];
      const extra = recorded && differences.length === 0
        ? ["every recorded quantity matches: the hash itself was edited, or the difference lies in state the replay does not record (negotiations, licences, events)"]
        : [];
      return { kind: "diverged", turn, recordedHash: recorded?.hash ?? "(none)", actualHash: hash, differences, notes: [...notes, ...extra] };
    }
    turn += 1;
  }
  const finalHash = stateHash(state);
  if (finalHash !== replay.final.hash) {
    return {
      kind: "diverged", turn, recordedHash: replay.final.hash, actualHash: finalHash,
      differences: recordDifferences({ tracks: replay.final.tracks, countries: {} }, { tracks: state.tracks, countries: {} }),
      notes: [...notes, "every turn matches but the final state differs (the actions after the last full turn, or the summary, differ)"],
    };
  }
  return { kind: "verified", finalHash, turns: turn, notes };
}
