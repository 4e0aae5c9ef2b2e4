// Licence requests that industry files each month, drawn from the licences/<turn> stream: orders for
// destinations without a deal that their baseline access does not cover, and for adversaries (H20-class
// chips). An approved licence runs for some months, shipping every month: revenue, and whatever the
// destination does with the chips (leakage through a hub; adversary compute, Congress and allies for an
// adversary). Denying costs the destination's goodwill and industry's patience; ignoring a request costs both.
import { mulDiv, PER_MILLE } from "./math";
import { stream } from "./rng";
import type { GameState, LicenceRequest } from "./state";

/** Countries with at least this baseline access (per-mille) need no licence: they are served without one. */
const SERVED_WITHOUT_LICENCE = 900;

export function fileLicences(state: GameState): LicenceRequest[] {
  const rng = stream(state.seed, "licences", "requests", state.turn);
  const candidates = state.scenario.countries.filter((c) => {
    const country = state.countries[c.id];
    return country !== undefined && country.demand > 0 && !country.deal && (c.adversary || c.baselineAccess < SERVED_WITHOUT_LICENCE);
  });
  const count = candidates.length === 0 ? 0 : 2 + rng.int(2) + (state.tracks.industryPressure > 50 ? 1 : 0);
  const requests: LicenceRequest[] = [];
  for (let k = 0; k < count; k++) {
    const profile = candidates[rng.int(candidates.length)];
    if (!profile) continue;
    const demand = state.countries[profile.id]?.demand ?? profile.demand;
    const short = profile.adversary ? demand : demand - mulDiv(profile.baselineAccess, demand, PER_MILLE);
    const chips = Math.max(100, Math.floor(mulDiv(short, rng.between(200, 500), PER_MILLE) / 100) * 100);
    requests.push({ id: `L${state.turn + 1}-${k + 1}`, country: profile.id, chips, months: rng.between(2, 4), turn: state.turn, decision: "pending" });
  }
  return requests;
}
