import { hashJson } from "./hash";
import type { GameState } from "./state";

/** The state's fingerprint: canonical JSON of everything but the scenario object, which scenarioHash covers. */
export function stateHash(state: GameState): string {
  const { scenario: _scenario, ...rest } = state;
  return hashJson(rest);
}
