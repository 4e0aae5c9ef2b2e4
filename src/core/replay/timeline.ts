// Rebuilding the state at any turn cheaply: states are immutable (`step` never changes its input), so a
// timeline keeps a checkpoint every few turns and folds forward from the nearest one.
import { newGame } from "../newGame";
import type { Policy, Scenario } from "../scenario/schema";
import type { Action, GameState } from "../state";
import { step } from "../step";

export const DEFAULT_CHECKPOINT_INTERVAL = 4;

export interface Timeline {
  scenario: Scenario;
  seed: string;
  policy: Policy;
  actions: readonly Action[];
  /** turnStarts[k] is the index of the first action of turn k; turnStarts.length - 1 turns were resolved. */
  turnStarts: number[];
  interval: number;
  /** checkpoints[i] is the state at the start of turn i * interval. */
  checkpoints: GameState[];
}

export type BuiltTimeline = { ok: true; timeline: Timeline; state: GameState } | { ok: false; index: number; turn: number; code: string; message: string };

export function buildTimeline(scenario: Scenario, seed: string, policy: Policy, actions: readonly Action[], interval = DEFAULT_CHECKPOINT_INTERVAL): BuiltTimeline {
  const every = Math.max(1, Math.floor(interval));
  let state = newGame(scenario, seed, { policy });
  const checkpoints = [state];
  const turnStarts = [0];
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index] as Action;
    const result = step(state, action);
    if (!result.ok) return { ok: false, index, turn: state.turn, code: result.code, message: result.message };
    state = result.state;
    if (action.type === "endTurn") {
      turnStarts.push(index + 1);
      if (state.turn % every === 0) checkpoints.push(state);
    }
  }
  return { ok: true, timeline: { scenario, seed, policy, actions, turnStarts, interval: every, checkpoints }, state };
}

/** Turns resolved in the timeline. */
export function turnsOf(timeline: Timeline): number {
  return timeline.turnStarts.length - 1;
}

/** The state at the start of turn k (after k resolved turns, before any of turn k's actions). */
export function stateAtTurn(timeline: Timeline, k: number): GameState {
  const turn = Math.max(0, Math.min(Math.floor(k), turnsOf(timeline)));
  const slot = Math.min(Math.floor(turn / timeline.interval), timeline.checkpoints.length - 1);
  let state = timeline.checkpoints[slot] as GameState;
  const from = timeline.turnStarts[slot * timeline.interval] ?? 0;
  const to = timeline.turnStarts[turn] ?? 0;
  for (let index = from; index < to; index++) {
    const result = step(state, timeline.actions[index] as Action);
    if (!result.ok) break; // cannot happen: the timeline was built from these actions
    state = result.state;
  }
  return state;
}

/** The actions of the first k turns. */
export function actionsBefore(timeline: Timeline, k: number): Action[] {
  const turn = Math.max(0, Math.min(Math.floor(k), turnsOf(timeline)));
  return timeline.actions.slice(0, timeline.turnStarts[turn] ?? 0);
}
