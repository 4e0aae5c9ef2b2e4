// The counterfactual a class discusses: the same scenario and seed under the other regime (the rescinded
// tiered rule, or the bilateral game), played by the player's own actions wherever the rules still allow
// them (offers and walk-outs do not exist under the tiered rule; licences, crackdowns, listings and
// briefings do), or by a bot.
import { playOn } from "../bots/run";
import type { Bot } from "../bots/strategy";
import { newGame } from "../newGame";
import type { Policy, Scenario } from "../scenario/schema";
import type { Action } from "../state";
import { step } from "../step";

export interface Transposed {
  actions: Action[];
  /** Actions of the original game the other regime refused, with the rule's reason. */
  skipped: { index: number; turn: number; code: string }[];
}

/** The player's actions replayed under `policy`: those the rules refuse are skipped; the game is ended with empty months if needed. */
export function transposeActions(scenario: Scenario, seed: string, policy: Policy, actions: readonly Action[]): Transposed {
  let state = newGame(scenario, seed, { policy });
  const kept: Action[] = [];
  const skipped: Transposed["skipped"] = [];
  actions.forEach((action, index) => {
    if (state.status !== "playing") return;
    const result = step(state, action);
    if (!result.ok) { skipped.push({ index, turn: state.turn, code: result.code }); return; }
    kept.push(action);
    state = result.state;
  });
  // The original game may have ended early (a dismissal): the other regime plays its remaining months idle.
  while (state.status === "playing") {
    const result = step(state, { type: "endTurn" });
    if (!result.ok) break;
    kept.push({ type: "endTurn" });
    state = result.state;
  }
  return { actions: kept, skipped };
}

/** A bot's whole game under `policy`. */
export function botActions(scenario: Scenario, seed: string, policy: Policy, bot: Bot): Action[] {
  return playOn(newGame(scenario, seed, { policy }), bot, { hashes: false }).actions;
}
