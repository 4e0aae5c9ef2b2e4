// Folding `step` over an action list while recording what a replay needs: the start hash, a record per
// resolved turn, and (for whoever asks) every step's events.
import { newGame } from "../newGame";
import type { Policy, Scenario } from "../scenario/schema";
import type { Action, GameEvent, GameState } from "../state";
import { stateHash } from "../stateHash";
import { step } from "../step";
import { turnRecordOf, type TurnRecord } from "./format";

export interface SimulationStep {
  index: number;
  action: Action;
  before: GameState;
  after: GameState;
  events: GameEvent[];
}

export type Simulation =
  | { ok: true; start: GameState; startHash: string; state: GameState; turns: TurnRecord[] }
  | { ok: false; start: GameState; startHash: string; state: GameState; turns: TurnRecord[]; index: number; turn: number; code: string; message: string };

export function simulate(
  scenario: Scenario,
  seed: string,
  policy: Policy,
  actions: readonly Action[],
  onStep?: (s: SimulationStep) => void,
): Simulation {
  const start = newGame(scenario, seed, { policy });
  const startHash = stateHash(start);
  const turns: TurnRecord[] = [];
  let state = start;
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index] as Action;
    const result = step(state, action);
    if (!result.ok) return { ok: false, start, startHash, state, turns, index, turn: state.turn, code: result.code, message: result.message };
    onStep?.({ index, action, before: state, after: result.state, events: result.events });
    state = result.state;
    if (action.type === "endTurn") turns.push(turnRecordOf(state, stateHash(state)));
  }
  return { ok: true, start, startHash, state, turns };
}
