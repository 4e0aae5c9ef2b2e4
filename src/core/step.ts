// The one entry that advances a game: step(state, action) -> the next state and what happened, or a typed
// rejection. Pure: the input state is never changed, and nothing throws for a bad action.
import { actionShapeProblem } from "./actionShape";
import { applyAction, checkAction } from "./actions";
import { draftOf } from "./context";
import type { Action, GameState, StepResult } from "./state";
import { resolveTurn } from "./turn";

export function step(state: GameState, action: Action): StepResult {
  // The action may be any JSON value (a file, a link, the automation API): its shape is checked first.
  const shape = actionShapeProblem(action);
  if (shape) {
    const code = shape.field === "type" || shape.field === "(action)" ? "action/unknown" : "action/invalid";
    return { ok: false, code, message: shape.field === "(action)" ? shape.message : `the action's ${shape.field} ${shape.message}` };
  }
  const rejection = checkAction(state, action);
  if (rejection) return { ok: false, ...rejection };
  const ctx = draftOf(state, action.type === "endTurn");
  if (action.type === "endTurn") resolveTurn(ctx);
  else applyAction(ctx, action);
  return { ok: true, state: ctx.state, events: ctx.events };
}

/** Folds step over actions; stops at the first rejection and says which action it was. */
export function replayActions(start: GameState, actions: readonly Action[]): { ok: true; state: GameState } | { ok: false; index: number; code: string; message: string; state: GameState } {
  let state = start;
  for (let index = 0; index < actions.length; index++) {
    const result = step(state, actions[index] as Action);
    if (!result.ok) return { ok: false, index, code: result.code, message: result.message, state };
    state = result.state;
  }
  return { ok: true, state };
}
