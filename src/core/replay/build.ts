// Building a replay from a played game: the caller passes what the core cannot know (the game's version,
// who played); the rest is re-derived by simulation, so a replay never records anything `step` did not do.
import { scenarioHash } from "../newGame";
import type { Policy, Scenario } from "../scenario/schema";
import type { Action, GameState } from "../state";
import { stateHash } from "../stateHash";
import {
  REPLAY_FORMAT, REPLAY_MIN_COMPATIBLE_VERSION, REPLAY_SCHEMA_VERSION, replayIdOf, summaryOf,
  type Replay, type ReplayParent, type TurnRecord,
} from "./format";
import { simulate } from "./simulate";

export interface BuildReplayInput {
  scenario: Scenario;
  seed: string;
  /** Defaults to the scenario's regime. */
  policy?: Policy;
  actions: readonly Action[];
  gameVersion: string;
  /** "bot:<name>" or "human". */
  player: string;
  /** Embed the scenario so the replay is self-contained (default true). */
  embedScenario?: boolean;
  parent?: ReplayParent;
}

export type BuiltReplay =
  | { ok: true; replay: Replay; state: GameState }
  | { ok: false; index: number; turn: number; code: string; message: string };

export function buildReplay(input: BuildReplayInput): BuiltReplay {
  const policy = input.policy ?? input.scenario.policy;
  const seed = String(input.seed);
  const sim = simulate(input.scenario, seed, policy, input.actions);
  if (!sim.ok) return { ok: false, index: sim.index, turn: sim.turn, code: sim.code, message: sim.message };
  return { ok: true, replay: assembleReplay({ ...input, policy, seed, startHash: sim.startHash, turns: sim.turns, state: sim.state }), state: sim.state };
}

/**
 * The replay of a game whose parts the caller already holds (a game in progress keeps its turn records as
 * it goes), without simulating it again: the browser saves after every action this way. The parts must
 * come from `step` (a session's own log); a replay built here verifies like one from buildReplay.
 */
export function assembleReplay(input: BuildReplayInput & { policy: Policy; seed: string; startHash: string; turns: readonly TurnRecord[]; state: GameState }): Replay {
  const { policy, seed } = input;
  const hash = scenarioHash(input.scenario);
  const actions = input.actions.slice();
  return {
    format: REPLAY_FORMAT,
    schemaVersion: REPLAY_SCHEMA_VERSION,
    minCompatibleVersion: REPLAY_MIN_COMPATIBLE_VERSION,
    gameVersion: input.gameVersion,
    id: replayIdOf(hash, seed, policy, actions),
    scenario: { id: input.scenario.id, hash, ...(input.embedScenario === false ? {} : { embedded: input.scenario }) },
    seed,
    policy,
    player: input.player,
    startHash: input.startHash,
    actions,
    turns: input.turns.slice(),
    final: summaryOf(input.state, stateHash(input.state)),
    ...(input.parent ? { parent: input.parent } : {}),
  };
}
