import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { newGame, step, validateScenario, type Action, type GameState, type Scenario, type Terms } from "../../src/core/index";

export function loadFixture(name = "small"): Scenario {
  const path = fileURLToPath(new URL(`../fixtures/${name}.json`, import.meta.url));
  const checked = validateScenario(JSON.parse(readFileSync(path, "utf8")));
  if (!checked.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(checked.problems)}`);
  return checked.value;
}

/** Applies actions that must all be legal. */
export function play(state: GameState, ...actions: Action[]): GameState {
  let current = state;
  for (const action of actions) {
    const result = step(current, action);
    if (!result.ok) throw new Error(`${action.type} rejected: ${result.code} ${result.message}`);
    current = result.state;
  }
  return current;
}

export function terms(partial: Partial<Terms> = {}): Terms {
  return {
    chips: 0, investment: 0, tariffCut: 0, enforcementCooperation: false,
    conditions: { kyc: false, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: false, onSiteAudits: false },
    ...partial,
  };
}

export function freshGame(seed = "test-seed", scenario = loadFixture()): GameState {
  return newGame(scenario, seed);
}

/** A scenario whose country XX values only chips, so its utility equals chips per-mille of a demand of 1000. */
export function chipsOnlyScenario(base = loadFixture()): Scenario {
  const clone = JSON.parse(JSON.stringify(base)) as Scenario;
  clone.countries.push({
    id: "XX", name: "Testland", formerTier: 2, adversary: false, ally: false, demand: 1000, baselineAccess: 0, dependence: 500,
    adversaryTies: 0, hubExposure: 0, enforcement: 500, relations: 50, investmentCapacity: 100, tariffRoom: 10,
    priorities: { chips: 1000, investment: 0, tariffs: 0, sovereignty: 0 }, reservation: { min: 600, max: 600 },
    temperament: "linear", patience: 4, peers: [], demandGrowth: 0,
  });
  return clone;
}
