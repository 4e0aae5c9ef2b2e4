// Heavy mode: games whose state is serialized (a JSON round trip) and restored at every step, and rebuilt
// from checkpoints at every turn, give the same per-turn hashes as uninterrupted games.
// HEAVY=1 plays ten times as many games.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BOT_NAMES, BOTS, buildTimeline, parseScenarioText, playGame, newGame, stateAtTurn, stateHash, step, type Action, type GameState, type Scenario,
} from "../../src/core/index";
import { FIXTURE, ROOT } from "./helpers";

/** Seeds per scenario: many on the small fixture, a few on the full-size scenario. */
const seedsFor = (id: string): number => (id === "fixture-small" ? 10 : 2) * (process.env.HEAVY ? 10 : 1);

function scenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const path of [FIXTURE, join(ROOT, "scenarios", "may-2025.json")]) {
    if (!existsSync(path)) continue;
    const checked = parseScenarioText(readFileSync(path, "utf8"));
    if (checked.ok) out.push(checked.value);
  }
  return out;
}

/** Plays with the bot, but the state goes through JSON and back before every decision and every step. */
function playInterrupted(scenario: Scenario, seed: string, botName: string, policy: Scenario["policy"]): { actions: Action[]; hashes: string[] } {
  const bot = BOTS[botName];
  if (!bot) throw new Error(botName);
  let state: GameState = JSON.parse(JSON.stringify(newGame(scenario, seed, { policy }))) as GameState;
  const actions: Action[] = [];
  const hashes: string[] = [];
  while (state.status === "playing" && actions.length < 20_000) {
    let action = state.actionsThisTurn >= 200 ? ({ type: "endTurn" } as Action) : bot.decide(state);
    let result = step(state, action);
    if (!result.ok) { action = { type: "endTurn" }; result = step(state, action); }
    if (!result.ok) break;
    actions.push(action);
    state = JSON.parse(JSON.stringify(result.state)) as GameState;
    if (action.type === "endTurn") hashes.push(stateHash(state));
  }
  return { actions, hashes };
}

describe("heavy mode", () => {
  for (const scenario of scenarios()) {
    it(`${scenario.id}: serialized and restored at every step, same hashes as uninterrupted games`, () => {
      let games = 0;
      for (let i = 1; i <= seedsFor(scenario.id); i++) {
        for (const botName of BOT_NAMES) {
          for (const policy of ["bilateral", "tiered"] as const) {
            const seed = `heavy-${i}`;
            const straight = playGame(scenario, seed, BOTS[botName] as NonNullable<(typeof BOTS)[string]>, { policy });
            const interrupted = playInterrupted(scenario, seed, botName, policy);
            const label = `${scenario.id} ${botName} ${policy} ${seed}`;
            const first = interrupted.hashes.findIndex((h, t) => h !== straight.turnHashes[t]);
            expect(first === -1 ? "same" : `${label}: first differs at turn ${first}`).toBe("same");
            expect(interrupted.actions, label).toEqual(straight.actions);
            games += 1;
          }
        }
      }
      expect(games).toBe(seedsFor(scenario.id) * BOT_NAMES.length * 2);
    });
  }

  it("rebuilding any turn from checkpoints gives the state reached by playing straight through", () => {
    const [scenario] = scenarios();
    if (!scenario) throw new Error("no scenario");
    for (const botName of ["balanced", "random"]) {
      const played = playGame(scenario, "heavy-rebuild", BOTS[botName] as NonNullable<(typeof BOTS)[string]>);
      for (const interval of [1, 3, 4, 100]) {
        const built = buildTimeline(scenario, "heavy-rebuild", scenario.policy, played.actions, interval);
        if (!built.ok) throw new Error(built.message);
        for (let k = 1; k <= played.turnHashes.length; k++) {
          expect(stateHash(stateAtTurn(built.timeline, k)), `${botName} interval ${interval} turn ${k}`).toBe(played.turnHashes[k - 1]);
        }
      }
    }
  });
});
