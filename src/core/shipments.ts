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
 * quantity (per customer per year, not counted against the cap), what US-headquartered Universal VEU
 * operators build there (a share of its demand, outside the cap), and what is left of its cumulative
 * 2025-2027 allowance (doubled for a government-to-government agreement) and of a National VEU data
 * centre's allowance where it hosts one (spent after the country cap).
 */
export function tier2Allowance(state: GameState, country: CountryState): { lpp: number; uveu: number; cap: number; nveu: number; capLeft: number; total: number } {
  const t = state.scenario.tiered;
  const cap = t.g2gCountries.includes(country.id) ? t.g2gCap : t.tier2Cap;
  // The VEU fields are optional without defaults, so that older scenarios (and the replays that embed them) keep their hash.
  const nveu = t.nveuCountries?.includes(country.id) ? t.nveuCap ?? 0 : 0;
  const lpp = Math.floor((t.lppPerCustomerYear * t.lppCustomers) / 12);
  const uveu = mulDiv(country.demand, t.uveuSharePm ?? 0, PER_MILLE);
  const capLeft = Math.max(0, cap + nveu - country.capUsed);
  return { lpp, uveu, cap, nveu, capLeft, total: lpp + uveu + capLeft };
}

/**
 * The part of a Tier 2 shipment that goes to Validated End User data centres under the tiered rule: the
 * Universal VEU share, then whatever this month spends of a National VEU allowance. The rule admitted VEUs
 * only under its security requirements, so the model treats these chips as closed to diversion. Call it
 * before countAgainstCap. Zero under the bilateral regime and outside Tier 2.
 */
export function securedShipments(state: GameState, country: CountryState, profile: ScenarioCountry, shipped: number): number {
  if (state.policy !== "tiered" || profile.formerTier !== 2) return 0;
  const a = tier2Allowance(state, country);
  const spend = Math.max(0, shipped - a.lpp - a.uveu);
  const nveuPart = Math.max(0, Math.min(country.capUsed + spend, a.cap + a.nveu) - Math.max(country.capUsed, a.cap));
  return Math.min(shipped, a.uveu) + nveuPart;
}

/** Counts a Tier 2 shipment against the country's cumulative cap (the LPP and Universal VEU parts first, which the cap ignores). */
export function countAgainstCap(state: GameState, country: CountryState, profile: ScenarioCountry, shipped: number): void {
  if (state.policy !== "tiered" || profile.formerTier !== 2) return;
  const { lpp, uveu } = tier2Allowance(state, country);
  country.capUsed += Math.max(0, shipped - lpp - uveu);
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
