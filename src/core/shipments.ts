// Who gets how many chips this month, under each policy regime.
import { mulDiv, PER_MILLE } from "./math";
import type { ScenarioCountry } from "./scenario/schema";
import type { CountryState, GameState } from "./state";

/** Share of a listed country's demand (per-mille) its listed buyers account for: more in a busier hub. */
export function listedDemandPm(country: CountryState): number {
  return 100 + Math.floor(country.hubExposure / 4);
}

/** Chips a country receives this month before one-off licences. */
export function regularShipments(state: GameState, country: CountryState, profile: ScenarioCountry): number {
  if (profile.adversary) return 0;
  let chips: number;
  if (state.policy === "tiered") {
    // The rescinded rule applied mechanically: Tier 1 unrestricted, Tier 2 capped, Tier 3 denied.
    chips = profile.formerTier === 1 ? country.demand : profile.formerTier === 2 ? Math.min(country.demand, tier2Allowance(state, country).total) : 0;
  } else {
    const baseline = mulDiv(profile.baselineAccess, country.demand, PER_MILLE);
    const deal = country.deal ? Math.min(country.demand, country.deal.terms.chips) : 0;
    chips = Math.max(baseline, deal);
  }
  // Entity listings take the listed buyers out of the market.
  return country.entityListed ? mulDiv(chips, PER_MILLE - listedDemandPm(country), PER_MILLE) : chips;
}

/**
 * What a Tier 2 country may still receive this month under the rescinded rule: the licence-free LPP
 * quantity (per customer per year, not counted against the cap) plus what is left of its cumulative
 * 2025-2027 allowance (doubled for a government-to-government agreement).
 */
export function tier2Allowance(state: GameState, country: CountryState): { lpp: number; capLeft: number; total: number } {
  const t = state.scenario.tiered;
  const cap = t.g2gCountries.includes(country.id) ? t.g2gCap : t.tier2Cap;
  const lpp = Math.floor((t.lppPerCustomerYear * t.lppCustomers) / 12);
  const capLeft = Math.max(0, cap - country.capUsed);
  return { lpp, capLeft, total: lpp + capLeft };
}

/** Counts a Tier 2 shipment against the country's cumulative cap (the LPP part first, which the cap ignores). */
export function countAgainstCap(state: GameState, country: CountryState, profile: ScenarioCountry, shipped: number): void {
  if (state.policy !== "tiered" || profile.formerTier !== 2) return;
  const { lpp } = tier2Allowance(state, country);
  country.capUsed += Math.max(0, shipped - lpp);
}

/** Revenue in millions of dollars for a number of chips. */
export function revenueOf(state: GameState, chips: number): number {
  return mulDiv(chips, state.scenario.globals.chipPrice, 1000);
}

// Scenarios are immutable once loaded: index each one's countries once, not at every look-up.
const profileIndexes = new WeakMap<GameState["scenario"], Record<string, ScenarioCountry>>();

/** The scenario's entry for a country, or undefined (own properties only). */
export function findProfile(state: GameState, id: string): ScenarioCountry | undefined {
  let index = profileIndexes.get(state.scenario);
  if (!index) {
    index = {};
    for (const profile of state.scenario.countries) index[profile.id] = profile;
    profileIndexes.set(state.scenario, index);
  }
  return Object.hasOwn(index, id) ? index[id] : undefined;
}

export function profileOf(state: GameState, id: string): ScenarioCountry {
  const profile = findProfile(state, id);
  if (!profile) throw new Error(`internal: no scenario entry for ${id}`);
  return profile;
}
