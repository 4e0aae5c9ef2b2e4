// Entity listing as a trade-off: it cuts a destination's diversion, but part of the trade re-routes through
// the next most exposed hub (displacement), the listed country's legitimate buyers lose access (lost sales,
// industry pressure), the country resents it (and an ally's listing costs allied trust), and a listing lapses
// unless renewed.
import { changeCountry, changeTrack, countryOf, record, type StepContext } from "./context";
import { exposureOf } from "./leakage";
import { mulDiv, PER_MILLE } from "./math";
import type { CountryState, GameState } from "./state";
import { listedDemandPm, profileOf } from "./shipments";

export const LISTING = {
  cost: 6,
  /** Months a listing stays in force; renewing adds as many. */
  months: 6,
  /** A listing may be renewed in its last months. */
  renewWithin: 2,
  relations: -12,
  /** Extra relations and allied trust lost when the listed country is an ally. */
  allyRelations: -8,
  allyTrust: -5,
  /** Share of diversion the listing averts that re-routes through the next most exposed hub, per-mille. */
  displacedPm: 500,
} as const;

/** Whether the country's listing can be renewed this month. */
export function renewable(state: GameState, country: CountryState): boolean {
  return country.entityListed && country.listedUntil - state.turn <= LISTING.renewWithin;
}

export function applyListing(ctx: StepContext, country: CountryState): void {
  const state = ctx.state;
  const renewal = country.entityListed;
  country.listedUntil = (renewal ? country.listedUntil : state.turn) + LISTING.months;
  country.entityListed = true;
  changeTrack(ctx, "politicalCapital", -LISTING.cost, renewal ? "listing-renewed" : "entity-listing", { until: country.listedUntil }, country.id);
  const lostChips = mulDiv(country.demand, listedDemandPm(country), PER_MILLE);
  changeTrack(ctx, "industryPressure", 1 + Math.floor(lostChips / 1500), "listing-lost-sales", { chips: lostChips }, country.id);
  if (renewal) return;
  changeCountry(ctx, country, "relations", LISTING.relations, "entity-listing");
  if (profileOf(state, country.id).ally) {
    changeCountry(ctx, country, "relations", LISTING.allyRelations, "listing-allies-object");
    changeTrack(ctx, "alliedTrust", LISTING.allyTrust, "listing-allies-object", {}, country.id);
  }
}

/** Month's end: listings whose time is up lapse. */
export function lapseListings(ctx: StepContext): void {
  for (const [id, current] of Object.entries(ctx.state.countries)) {
    if (!current.entityListed || current.listedUntil > ctx.state.turn + 1) continue;
    const country = countryOf(ctx, id);
    country.entityListed = false;
    record(ctx, { track: "enforcement", country: id, delta: 0, cause: "listing-lapsed" });
  }
}

/** Where diversion pushed out of a listed country goes: the most exposed unlisted destination that buys chips. */
export function displacementTarget(state: GameState, from: string): string | null {
  let best: { id: string; exposure: number } | null = null;
  for (const profile of state.scenario.countries) {
    const country = state.countries[profile.id];
    if (!country || profile.id === from || profile.adversary || country.entityListed || country.demand === 0) continue;
    const exposure = exposureOf(country);
    if (!best || exposure > best.exposure) best = { id: profile.id, exposure };
  }
  return best?.id ?? null;
}

/** Displaced diversion for a listed country that shipped `shipped` chips at rates with and without the listing. */
export function displacedChips(shipped: number, rateListed: number, rateUnlisted: number): number {
  return mulDiv(mulDiv(shipped, Math.max(0, rateUnlisted - rateListed), PER_MILLE), LISTING.displacedPm, PER_MILLE);
}

