// Scripted players. A bot is a pure function from state to its next action; the runner folds `step`
// over what it chooses, so bots play by exactly the rules a person does. The bots check the balance:
// a thoughtful strategy should beat random legal play, and doing nothing should never win.
import type { Action, ConditionSet, GameState } from "../state";

export interface Bot {
  name: string;
  description: string;
  decide(state: GameState): Action;
}

export const NO_CONDITIONS: ConditionSet = { kyc: false, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: false, onSiteAudits: false };
