// The rival's offers at the bargaining table: the scenario's adversary courts the countries the US leaves
// waiting. An offer on a country's table is an outside option: it raises the country's reservation while it
// stands, and the country cites it in its replies. Stored as plain data on the country (rivalOffer); the
// rival's other moves (grievance, retaliation, Ascend shipments) are in rival.ts.
import { countryOf, record, type StepContext } from "./context";
import { mulDiv, PER_MILLE } from "./math";
import { stream } from "./rng";
import type { ScenarioCountry } from "./scenario/schema";
import type { GameState } from "./state";

export const RIVAL = {
  /** Chance a month (per-mille) of an offer to a country left waiting, plus its adversary ties / tiesDivisor. */
  basePm: 20,
  tiesDivisor: 5,
  /** Reservation boost, per-mille: base plus adversary ties / boostDivisor. */
  boostBase: 40,
  boostDivisor: 8,
  /** Months an offer stands. */
  months: 6,
} as const;

/** The scenario's adversary that makes offers: the one with the largest market of its own. */
export function rivalOf(state: GameState): ScenarioCountry | undefined {
  let best: ScenarioCountry | undefined;
  for (const profile of state.scenario.countries) if (profile.adversary && (!best || profile.demand > best.demand)) best = profile;
  return best;
}

export function rivalOfferChancePm(adversaryTies: number): number {
  return RIVAL.basePm + Math.floor(adversaryTies / RIVAL.tiesDivisor);
}

/** Month's end: offers lapse, and the rival courts countries without a deal that heard nothing from the US this month. */
export function runRivalOffers(ctx: StepContext): void {
  const state = ctx.state;
  const rival = rivalOf(state);
  if (!rival || state.policy === "tiered") return;
  for (const profile of state.scenario.countries) {
    const current = state.countries[profile.id];
    if (!current || profile.adversary || current.demand === 0) continue;
    if (current.rivalOffer && current.rivalOffer.until <= state.turn) {
      const country = countryOf(ctx, profile.id);
      country.rivalOffer = null;
      record(ctx, { track: "negotiation", country: country.id, delta: 0, cause: "rival-offer-lapsed", params: { rival: rival.id } });
      continue;
    }
    if (current.rivalOffer || current.deal || current.offersThisTurn > 0) continue;
    if (!stream(state.seed, "rival", `offer/${profile.id}`, state.turn).chancePm(rivalOfferChancePm(current.adversaryTies))) continue;
    const country = countryOf(ctx, profile.id);
    const boost = RIVAL.boostBase + mulDiv(country.adversaryTies, PER_MILLE / RIVAL.boostDivisor, PER_MILLE);
    country.rivalOffer = { rival: rival.id, turn: state.turn, until: state.turn + RIVAL.months, boost };
    ctx.events.push({ type: "rivalOffer", country: country.id, rival: rival.id });
    record(ctx, { track: "negotiation", country: country.id, delta: boost, cause: "rival-offer", params: { rival: rival.id, until: state.turn + RIVAL.months } });
  }
}
