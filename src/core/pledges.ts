// Deal economics: a pledge is a promise, paid in monthly instalments; what arrived is what counts
// (tracks.investment). An instalment may be missed (default), more likely when relations sour or the
// country was wronged before; a suspended deal's unpaid pledge is lost. Tariff concessions count while their
// deal is in force. A country never pays more than its investmentCapacity over the whole game.
import { changeTrack, countryOf, record, type StepContext } from "./context";
import { clamp } from "./math";
import { stream } from "./rng";
import type { CountryState, Deal } from "./state";

/** Months over which a pledge is paid. */
export const PLEDGE_MONTHS = 12;
/** Default risk per month, per-mille: per point of relations below 50, and per broken deal. */
export const DEFAULT_RISK = { perRelationsPoint: 15, perBrokenDeal: 60, max: 600 } as const;

/** This month's instalment of a deal: an equal share of the original pledge, never more than is left. */
export function instalmentOf(deal: Deal): number {
  const share = Math.ceil(deal.terms.investment / PLEDGE_MONTHS);
  return Math.max(0, Math.min(share, deal.pledge - deal.paid));
}

export function defaultRiskPm(country: CountryState): number {
  const sour = Math.max(0, 50 - country.relations) * DEFAULT_RISK.perRelationsPoint;
  return clamp(sour + country.brokenDeals * DEFAULT_RISK.perBrokenDeal, 0, DEFAULT_RISK.max);
}

/** Pays (or misses) this month's instalment of every deal in force. */
export function collectPledges(ctx: StepContext): void {
  const state = ctx.state;
  for (const profile of state.scenario.countries) {
    const current = state.countries[profile.id];
    if (!current?.deal || instalmentOf(current.deal) === 0) continue;
    const country = countryOf(ctx, profile.id);
    const deal = { ...(country.deal as Deal) };
    country.deal = deal;
    const due = Math.min(instalmentOf(deal), Math.max(0, profile.investmentCapacity - country.invested));
    if (due === 0) continue;
    const risk = defaultRiskPm(country);
    if (risk > 0 && stream(state.seed, "pledges", country.id, state.turn).chancePm(risk)) {
      deal.pledge -= due;
      record(ctx, { track: "deal", country: country.id, delta: -due, cause: "pledge-default", params: { riskPm: risk, relations: country.relations } });
      continue;
    }
    deal.paid += due;
    country.invested += due;
    changeTrack(ctx, "investment", due, "pledge-instalment", { paid: deal.paid, pledge: deal.pledge }, country.id);
  }
}

/**
 * The economics of a deal that replaces `previous` (or none): what the old deal paid carries over, so a
 * renegotiation credits only the difference; tariff concessions in force change by the difference.
 */
export function economicsOnSigning(ctx: StepContext, country: CountryState, previous: Deal | null, investment: number, tariffCut: number): { pledge: number; paid: number } {
  const paid = previous?.paid ?? 0;
  const pledge = Math.max(investment, paid);
  record(ctx, { track: "deal", country: country.id, delta: pledge - (previous?.pledge ?? 0), cause: "investment-pledged", params: { pledge, paid, months: PLEDGE_MONTHS } });
  changeTrack(ctx, "tariffConcessions", tariffCut - (previous?.terms.tariffCut ?? 0), "tariff-concession", { country: country.id }, country.id);
  return { pledge, paid };
}

/** A suspended deal: its unpaid pledge is lost and its tariff concessions are withdrawn. */
export function economicsOnSuspension(ctx: StepContext, country: CountryState, deal: Deal): void {
  const unpaid = deal.pledge - deal.paid;
  if (unpaid > 0) record(ctx, { track: "deal", country: country.id, delta: -unpaid, cause: "pledge-cancelled", params: { unpaid } });
  changeTrack(ctx, "tariffConcessions", -deal.terms.tariffCut, "tariffs-withdrawn", { country: country.id }, country.id);
}
