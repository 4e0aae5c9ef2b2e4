// Building a replay from a played game: the caller passes what the core cannot know (the game's version,
// who played); the rest is re-derived by simulation, so a replay never records anything `step` did not do.
import { scenarioHash } from "../newGame";
import type { Policy, Scenario } from "../scenario/schema";
import type { Action, GameState } from "../state";
import { stateHash } from "../stateHash";
import {
  REPLAY_FORMAT, REPLAY_MIN_COMPATIBLE_VERSION, REPLAY_SCHEMA_VERSION, replayIdOf, summaryOf,
  type Replay, type ReplayParent,
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
  const hash = scenarioHash(input.scenario);
  const actions = input.actions.slice();
  const replay: Replay = {
    format: REPLAY_FORMAT,
    schemaVersion: REPLAY_SCHEMA_VERSION,
    minCompatibleVersion: REPLAY_MIN_COMPATIBLE_VERSION,
    gameVersion: input.gameVersion,
    id: replayIdOf(hash, seed, policy, actions),
    scenario: { id: input.scenario.id, hash, ...(input.embedScenario === false ? {} : { embedded: input.scenario }) },
    seed,
    policy,
    player: input.player,
    startHash: sim.startHash,
    actions,
    turns: sim.turns,
    final: summaryOf(sim.state, stateHash(sim.state)),
    ...(input.parent ? { parent: input.parent } : {}),
  };
  return { ok: true, replay, state: sim.state };
}
