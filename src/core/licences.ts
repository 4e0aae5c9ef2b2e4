// Licence requests that industry files each month for destinations without a deal, drawn from the
// licences/<turn> stream. Approving earns revenue and eases pressure; denying or ignoring them does the opposite.
import { mulDiv, PER_MILLE } from "./math";
import { stream } from "./rng";
import type { GameState, LicenceRequest } from "./state";

export function fileLicences(state: GameState): LicenceRequest[] {
  const rng = stream(state.seed, "licences", "requests", state.turn);
  const candidates = state.scenario.countries.filter((c) => c.demand > 0 && !state.countries[c.id]?.deal);
  const count = candidates.length === 0 ? 0 : rng.int(3) + (state.tracks.industryPressure > 50 ? 1 : 0);
  const requests: LicenceRequest[] = [];
  for (let k = 0; k < count; k++) {
    const profile = candidates[rng.int(candidates.length)];
    if (!profile) continue;
    const demand = state.countries[profile.id]?.demand ?? profile.demand;
    const chips = Math.max(100, Math.floor(mulDiv(demand, rng.between(50, 200), PER_MILLE) / 100) * 100);
    requests.push({ id: `L${state.turn + 1}-${k + 1}`, country: profile.id, chips, turn: state.turn, decision: "pending" });
  }
  return requests;
}

