// What a move would do, before the player makes it: the consequences the screens show beside a button
// or a form. Pure functions of the state the player can see (intelligence figures are the state's own
// values, shown as estimates); nothing here reveals a counterpart's hidden values or its answer.
import { dealClock, termOf } from "./deals";
import { step } from "./step";
import { dealCost } from "./actions";
import { diversionRatePm, riskFactors } from "./leakage";
import { mulDiv, PER_MILLE } from "./math";
import { pledgeRoom } from "./negotiation";
import { PLEDGE_MONTHS } from "./pledges";
import { profileOf, regularShipments, revenueOf } from "./shipments";
import { scoreOf } from "./scoring";
import type { Action, CountryState, GameState, LedgerEntry, ScoreBreakdown, Terms, Tracks } from "./state";

/** Expected diversion rate (per-mille) of the chips a country receives this month. */
export function expectedRiskPm(state: GameState, country: CountryState): number {
  const shipped = Math.max(1, regularShipments(state, country, profileOf(state, country.id)));
  return diversionRatePm(state.scenario.globals.maxLeakRate, riskFactors(state, country, shipped));
}

export type ActionPreview =
  | { ok: true; changes: LedgerEntry[]; riskBeforePm: number | null; riskAfterPm: number | null; shippedBefore: number | null; shippedAfter: number | null }
  | { ok: false; code: string; message: string };

/**
 * The immediate consequences of a policy action (suspending a deal, an entity listing, walking away...):
 * the ledger lines it would write, and for a country its expected leakage rate and monthly shipments
 * before and after. Not for offers: an offer's consequence is the counterpart's answer, which stays hidden
 * until it is made (see previewOffer).
 */
export function previewAction(state: GameState, action: Exclude<Action, { type: "offer" | "endTurn" }>): ActionPreview {
  const result = step(state, action);
  if (!result.ok) return result;
  const before = state.ledger[state.turn]?.length ?? 0;
  const changes = (result.state.ledger[state.turn] ?? []).slice(before);
  const id = "country" in action ? action.country : null;
  const was = id ? state.countries[id] : undefined;
  const now = id ? result.state.countries[id] : undefined;
  const shipped = (s: GameState, c: CountryState | undefined) => (c ? regularShipments(s, c, profileOf(s, c.id)) : null);
  return {
    ok: true,
    changes,
    riskBeforePm: was && !profileOf(state, was.id).adversary ? expectedRiskPm(state, was) : null,
    riskAfterPm: now && !profileOf(state, now.id).adversary ? expectedRiskPm(result.state, now) : null,
    shippedBefore: shipped(state, was),
    shippedAfter: shipped(result.state, now),
  };
}

export interface OfferSide {
  /** Chips a month the country would receive. */
  shipped: number;
  /** Expected diversion rate of those chips, per-mille. */
  riskPm: number;
  /** Expected chips diverted a month. */
  leakPerMonth: number;
  /** Export revenue a month, millions of dollars. */
  revenuePerMonth: number;
}

export interface OfferPreview {
  /** Without this deal (today's deal or the baseline access). */
  now: OfferSide;
  /** If the country accepts these terms. */
  deal: OfferSide;
  /** Political capital signing costs. */
  capitalCost: number;
  /** Months left in the game, over which the score projection runs. */
  monthsLeft: number;
  /** Change of each score part at the end of the game if nothing else changed, against not signing. */
  score: { security: number; economy: number; alliances: number; total: number };
}

function side(state: GameState, country: CountryState): OfferSide {
  const shipped = regularShipments(state, country, profileOf(state, country.id));
  const riskPm = diversionRatePm(state.scenario.globals.maxLeakRate, riskFactors(state, country, Math.max(1, shipped)));
  return { shipped, riskPm, leakPerMonth: mulDiv(shipped, riskPm, PER_MILLE), revenuePerMonth: revenueOf(state, shipped) };
}

/**
 * An offer's consequences if the country accepted it as it stands: chips, expected leakage and revenue a
 * month, and what each score part would be at the end of the game, if nothing else changed, against not
 * signing. Computed from the terms alone: the country's hidden values play no part.
 */
export function previewOffer(state: GameState, countryId: string, terms: Terms): OfferPreview | null {
  const country = state.countries[countryId];
  if (!country || profileOf(state, countryId).adversary) return null;
  const signed: CountryState = {
    ...country,
    deal: { terms, signedTurn: state.turn, countryUtility: 0, countryReservation: 0, pledge: terms.investment, paid: country.deal?.paid ?? 0, ...dealClock(state, country, termOf(terms, profileOf(state, countryId))) },
    enforcement: terms.enforcementCooperation ? Math.min(PER_MILLE, country.enforcement + 150) : country.enforcement,
  };
  const now = side(state, country);
  const deal = side(state, signed);
  const monthsLeft = Math.max(0, state.scenario.turns - state.turn);
  const project = (s: OfferSide, pledge: number, relations: number): ScoreBreakdown => {
    const tracks: Tracks = {
      ...state.tracks,
      leakageTrue: estimatedLeakage(state) + s.leakPerMonth * monthsLeft,
      revenue: state.tracks.revenue + s.revenuePerMonth * monthsLeft,
      potentialRevenue: state.tracks.potentialRevenue + revenueOf(state, country.demand) * monthsLeft,
      investment: state.tracks.investment + pledge,
    };
    const countries = { ...state.countries, [countryId]: { ...country, relations: Math.min(100, country.relations + relations) } };
    return scoreOf({ ...state, tracks, countries }, false);
  };
  const without = project(now, 0, 0);
  // A pledge arrives in monthly instalments, never beyond what the country can still pay (pledges.ts).
  const pledge = Math.min(terms.investment, pledgeRoom(country, profileOf(state, countryId)));
  const arriving = Math.min(pledge - (country.deal?.paid ?? 0), Math.ceil(terms.investment / PLEDGE_MONTHS) * monthsLeft);
  const withDeal = project(deal, Math.max(0, arriving), 5);
  return {
    now,
    deal,
    capitalCost: dealCost(state, country),
    monthsLeft,
    score: {
      security: withDeal.security - without.security,
      economy: withDeal.economy - without.economy,
      alliances: withDeal.alliances - without.alliances,
      total: withDeal.total - without.total,
    },
  };
}

/**
 * Leakage as the player can estimate it: the chips shipped to each destination times its current
 * expected diversion rate, and never less than what was detected. True leakage stays hidden.
 */
export function estimatedLeakage(state: GameState): number {
  let estimate = 0;
  for (const country of Object.values(state.countries)) {
    if (country.shipped > 0 && !profileOf(state, country.id).adversary) estimate += mulDiv(country.shipped, country.riskPm, PER_MILLE);
  }
  return Math.max(state.tracks.leakageDetected, estimate);
}

/** The score as the player can know it during the game: true leakage replaced by its estimate. */
export function visibleScore(state: GameState): ScoreBreakdown {
  return scoreOf({ ...state, tracks: { ...state.tracks, leakageTrue: estimatedLeakage(state) } }, false);
}
