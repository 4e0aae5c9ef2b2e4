import { newGame, type NewGameOptions } from "../newGame";
import type { Scenario } from "../scenario/schema";
import type { Action, GameState } from "../state";
import { stateHash } from "../stateHash";
import { step } from "../step";
import type { Bot } from "./strategy";

/** Bots cannot stall a game: past this many actions in a month the runner ends the turn. */
const MAX_ACTIONS_PER_TURN = 200;

export interface PlayedGame {
  state: GameState;
  actions: Action[];
  /** stateHash after each turn: turnHashes[k] is the hash once turn k has been resolved. */
  turnHashes: string[];
}

export interface PlayOptions {
  /** Stop after this many turns. */
  maxTurns?: number;
  /** Record stateHash after each turn (default true). Batch runs that need no replay skip the cost. */
  hashes?: boolean;
}

/** Plays from `start` to the end of the game (or for `maxTurns` turns) with a bot. */
export function playOn(start: GameState, bot: Bot, maxTurnsOrOptions: number | PlayOptions = {}): PlayedGame {
  const options = typeof maxTurnsOrOptions === "number" ? { maxTurns: maxTurnsOrOptions } : maxTurnsOrOptions;
  const maxTurns = options.maxTurns ?? Number.MAX_SAFE_INTEGER;
  const withHashes = options.hashes ?? true;
  let state = start;
  const actions: Action[] = [];
  const turnHashes: string[] = [];
  let turnsPlayed = 0;
  while (state.status === "playing" && turnsPlayed < maxTurns) {
    let chosen = state.actionsThisTurn >= MAX_ACTIONS_PER_TURN ? ({ type: "endTurn" } as Action) : bot.decide(state);
    let result = step(state, chosen);
    if (!result.ok) {
      chosen = { type: "endTurn" };
      result = step(state, chosen);
    }
    if (!result.ok) break;
    actions.push(chosen);
    state = result.state;
    if (chosen.type === "endTurn") {
      if (withHashes) turnHashes.push(stateHash(state));
      turnsPlayed += 1;
    }
  }
  return { state, actions, turnHashes };
}

export function playGame(scenario: Scenario, seed: string, bot: Bot, options: NewGameOptions & PlayOptions = {}): PlayedGame {
  return playOn(newGame(scenario, seed, options), bot, options);
}
