// The utility space of a deal, for a class's discussion of bargaining: each deal as a point (the US's
// utility, the country's utility), the country's reservation value (it would have signed anything above
// it), and the Nash bargaining point — the terms that maximise the product of both sides' gains over their
// disagreement values (Nash 1950), found by searching the same issue space the player bargains over.
//
// The country's utility is the negotiation's own (countryUtility). The US's is the mirror of the same
// issues weighted by the scenario's score: security (the conditions' weight on the country's sovereignty)
// and economy (the share of the country's pledge capacity and tariff room obtained, and chips sold). It is
// a reading aid, not a rule of the game: no mechanism uses it.
import { CONDITIONS, type ScenarioCountry, type Scenario } from "../scenario/schema";
import { countryUtility, effectiveReservation } from "../negotiation";
import type { CountryState, GameState, Terms } from "../state";
import { PER_MILLE } from "../math";

export interface UtilityPoint {
  us: number;
  country: number;
}

export function usUtility(terms: Terms, country: CountryState, profile: ScenarioCountry, scenario: Scenario): number {
  const parts = countryUtility(terms, country, profile);
  const security = PER_MILLE - parts.sovereignty;
  const economy = Math.floor(((PER_MILLE - parts.investment) + (PER_MILLE - parts.tariffs) + parts.chips) / 3);
  const w = scenario.scoring.weights;
  const sum = Math.max(1, w.security + w.economy);
  return Math.floor((security * w.security + economy * w.economy) / sum);
}

export interface UtilitySpace {
  country: string;
  reservation: number;
  nash: UtilityPoint & { terms: Terms };
  /** Points on the Pareto frontier of the searched terms, by increasing US utility. */
  frontier: UtilityPoint[];
}

const STEPS = [0, 250, 500, 750, 1000];

/** The space of one country at a given state (the class uses the opening month: the same for every student on a seed). */
export function utilitySpaceOf(state: GameState, countryId: string): UtilitySpace | null {
  const country = state.countries[countryId];
  const profile = state.scenario.countries.find((c) => c.id === countryId);
  if (!country || !profile || profile.adversary) return null;
  const reservation = effectiveReservation(state, country);
  const points: (UtilityPoint & { terms: Terms })[] = [];
  const subsets = 1 << (CONDITIONS.length + 1);
  for (const chips of STEPS) for (const investment of STEPS) for (const tariff of STEPS) {
    for (let mask = 0; mask < subsets; mask++) {
      const conditions = { kyc: false, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: false, onSiteAudits: false };
      CONDITIONS.forEach((c, i) => { conditions[c] = (mask & (1 << i)) !== 0; });
      const terms: Terms = {
        chips: Math.floor((country.demand * chips) / PER_MILLE),
        investment: Math.floor((profile.investmentCapacity * investment) / PER_MILLE),
        tariffCut: Math.floor((profile.tariffRoom * tariff) / PER_MILLE),
        enforcementCooperation: (mask & (1 << CONDITIONS.length)) !== 0,
        conditions,
      };
      points.push({ us: usUtility(terms, country, profile, state.scenario), country: countryUtility(terms, country, profile).total, terms });
    }
  }
  let nash = points[0] as UtilityPoint & { terms: Terms };
  let bestProduct = -1;
  for (const p of points) {
    if (p.country < reservation) continue;
    const product = p.us * (p.country - reservation);
    if (product > bestProduct) { bestProduct = product; nash = p; }
  }
  // Pareto frontier: sorted by US utility descending, keep points that beat every country utility seen so far.
  const sorted = [...points].sort((a, b) => b.us - a.us || b.country - a.country);
  const frontier: UtilityPoint[] = [];
  let bestCountry = -1;
  for (const p of sorted) {
    if (p.country > bestCountry) { frontier.push({ us: p.us, country: p.country }); bestCountry = p.country; }
  }
  frontier.reverse();
  return { country: countryId, reservation, nash, frontier };
}

/** A deal's point in the space of a country at `state`. */
export function dealPoint(state: GameState, countryId: string, terms: Terms): UtilityPoint | null {
  const country = state.countries[countryId];
  const profile = state.scenario.countries.find((c) => c.id === countryId);
  if (!country || !profile) return null;
  return { us: usUtility(terms, country, profile, state.scenario), country: countryUtility(terms, country, profile).total };
}
