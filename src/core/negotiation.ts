// Bilateral bargaining by alternating offers, after the automated-negotiation literature: linear-additive
// utility over the deal's issues, a hidden reservation value, and a time-dependent concession curve whose
// exponent is the country's temperament. A country accepts an offer that beats what it would ask next.
import { clamp, mulDiv, PER_MILLE, powPerMille, type CurveExponent } from "./math";
import type { Condition, ScenarioCountry, Temperament } from "./scenario/schema";
import { CONDITIONS } from "./scenario/schema";
import type { CountryState, GameState, ReplyReason, Terms } from "./state";
import { findProfile } from "./shipments";

export const MAX_OFFERS_PER_TURN = 3;
export const WALKOUT_COOLDOWN_TURNS = 3;

const CURVE: Record<Temperament, CurveExponent> = { tough: 4, firm: 2, linear: 1, flexible: 0.5, conceding: 0.25 };

/** What each condition costs the country's sovereignty utility (per-mille), before its adversary ties. */
const CONDITION_COST: Record<Condition | "enforcementCooperation", number> = {
  kyc: 100,
  noAdversaryHardware: 120,
  usManagedDatacenters: 300,
  locationVerification: 180,
  onSiteAudits: 220,
  enforcementCooperation: 160,
};

export function conditionCost(condition: Condition | "enforcementCooperation", country: CountryState): number {
  // Countries close to adversaries resent most the conditions that would cut those ties.
  const tiesSurcharge = condition === "noAdversaryHardware" || condition === "onSiteAudits" ? mulDiv(country.adversaryTies, 200, PER_MILLE) : 0;
  return CONDITION_COST[condition] + tiesSurcharge;
}

export interface UtilityParts { chips: number; investment: number; tariffs: number; sovereignty: number; total: number }

/** The country's utility for a deal, per-mille, and its four parts (each per-mille before weighting). */
export function countryUtility(terms: Terms, country: CountryState, profile: ScenarioCountry): UtilityParts {
  const chips = country.demand <= 0 ? PER_MILLE : clamp(mulDiv(terms.chips, PER_MILLE, country.demand), 0, PER_MILLE);
  const investment = PER_MILLE - clampShare(terms.investment, profile.investmentCapacity);
  const tariffs = PER_MILLE - clampShare(terms.tariffCut, profile.tariffRoom);
  let cost = terms.enforcementCooperation ? conditionCost("enforcementCooperation", country) : 0;
  for (const condition of CONDITIONS) if (terms.conditions[condition]) cost += conditionCost(condition, country);
  const sovereignty = Math.max(0, PER_MILLE - cost);
  const w = profile.priorities;
  const total = Math.floor((w.chips * chips + w.investment * investment + w.tariffs * tariffs + w.sovereignty * sovereignty) / PER_MILLE);
  return { chips, investment, tariffs, sovereignty, total };
}

function clampShare(asked: number, capacity: number): number {
  if (asked <= 0) return 0;
  return capacity <= 0 ? PER_MILLE : clamp(Math.ceil((asked * PER_MILLE) / capacity), 0, PER_MILLE);
}

/**
 * US leverage over a country, per-mille: its dependence on US chips, discounted as alternatives mature.
 * Waiting costs leverage because alternativeMaturity only grows.
 */
export function leverage(country: CountryState, alternativeMaturity: number): number {
  return mulDiv(country.dependence, PER_MILLE - alternativeMaturity, PER_MILLE);
}

/** The reservation utility the country holds out for today: hidden value shifted by leverage, relations, history and precedent. */
export function effectiveReservation(state: GameState, country: CountryState): number {
  const base = country.hidden.reservation;
  const leverageShift = Math.trunc((500 - leverage(country, state.tracks.alternativeMaturity)) / 4);
  const relationsShift = (50 - country.relations) * 2;
  const grudges = country.brokenDeals * 80;
  const own = clamp(base + leverageShift + relationsShift + grudges, 50, 980);
  // A peer's generous deal becomes the floor of what this country will settle for; so does the deal it
  // already holds (valued at today's demand, which grows: that is what makes renegotiating worth it).
  const profile = country.deal ? findProfile(state, country.id) : undefined;
  const current = country.deal && profile ? countryUtility(country.deal.terms, country, profile).total : 0;
  return Math.max(own, Math.min(980, country.precedent - 50), Math.min(980, current));
}

/** What the country asks for at a given round: from 1000 at round 0 down to its reservation at its deadline. */
export function aspiration(reservation: number, round: number, patience: number, temperament: Temperament): number {
  const time = clamp(mulDiv(round, PER_MILLE, patience), 0, PER_MILLE);
  const conceded = powPerMille(time, CURVE[temperament]);
  return reservation + mulDiv(PER_MILLE - reservation, PER_MILLE - conceded, PER_MILLE);
}

export type Reply =
  | { reply: "accept"; reasons: ReplyReason[] }
  | { reply: "counter"; counter: Terms; reasons: ReplyReason[] }
  | { reply: "walkAway"; reasons: ReplyReason[] };

/** How the country answers an offer that makes `round` offers it has now received. Its next ask is a(round + 1). */
export function respond(state: GameState, country: CountryState, profile: ScenarioCountry, terms: Terms, round: number): Reply {
  const reservation = effectiveReservation(state, country);
  const utility = countryUtility(terms, country, profile).total;
  const patience = country.hidden.patience;
  // Accept when the offer is worth at least what the country would ask in its own next offer (the
  // literature's AC_next): countering with something it likes less than the offer would be pointless.
  const next = aspiration(reservation, round + 1, patience, country.hidden.temperament);
  if (utility >= next) return { reply: "accept", reasons: [] };
  if (round >= patience) {
    return { reply: "walkAway", reasons: [{ code: "deadline-reached" }, { code: "below-reservation" }] };
  }
  const counter = concedeTowards(terms, next, country, profile);
  const reasons = explainCounter(terms, counter);
  const peer = precedentPeer(state, country);
  if (peer && country.precedent - 50 >= reservation) reasons.push({ code: "peer-precedent", peer });
  return { reply: "counter", counter, reasons };
}

/**
 * The country's counter-offer: the player's terms, amended on the issues the country cares most about
 * until its utility reaches `target`.
 */
export function concedeTowards(terms: Terms, target: number, country: CountryState, profile: ScenarioCountry): Terms {
  const counter: Terms = { ...terms, conditions: { ...terms.conditions } };
  const w = profile.priorities;
  const issues = (["chips", "investment", "tariffs", "sovereignty"] as const)
    .map((issue) => ({ issue, weight: w[issue] }))
    .sort((a, b) => b.weight - a.weight);
  for (const { issue, weight } of issues) {
    const gap = target - countryUtility(counter, country, profile).total;
    if (gap <= 0) break;
    if (weight === 0) continue;
    const neededPart = Math.ceil((gap * PER_MILLE) / weight) + 1;
    if (issue === "chips") {
      const part = countryUtility(counter, country, profile).chips;
      const goal = Math.min(PER_MILLE, part + neededPart);
      counter.chips = Math.max(counter.chips, Math.ceil((goal * country.demand) / PER_MILLE));
    } else if (issue === "investment") {
      const give = Math.ceil((neededPart * profile.investmentCapacity) / PER_MILLE);
      counter.investment = Math.max(0, counter.investment - give);
    } else if (issue === "tariffs") {
      const give = Math.ceil((neededPart * profile.tariffRoom) / PER_MILLE);
      counter.tariffCut = Math.max(0, counter.tariffCut - give);
    } else {
      dropConditionsUntil(counter, target, country, profile);
    }
  }
  return counter;
}

function dropConditionsUntil(counter: Terms, target: number, country: CountryState, profile: ScenarioCountry): void {
  const active = [
    ...CONDITIONS.filter((c) => counter.conditions[c]),
    ...(counter.enforcementCooperation ? (["enforcementCooperation"] as const) : []),
  ].sort((a, b) => conditionCost(b, country) - conditionCost(a, country));
  for (const condition of active) {
    if (countryUtility(counter, country, profile).total >= target) return;
    if (condition === "enforcementCooperation") counter.enforcementCooperation = false;
    else counter.conditions[condition] = false;
  }
}

function explainCounter(offer: Terms, counter: Terms): ReplyReason[] {
  const reasons: ReplyReason[] = [];
  if (counter.chips > offer.chips) reasons.push({ code: "wants-more-chips", atLeast: counter.chips });
  if (counter.investment < offer.investment) reasons.push({ code: "investment-too-high", atMost: counter.investment });
  if (counter.tariffCut < offer.tariffCut) reasons.push({ code: "tariff-too-high", atMost: counter.tariffCut });
  for (const condition of CONDITIONS) {
    if (offer.conditions[condition] && !counter.conditions[condition]) reasons.push({ code: "condition-unacceptable", condition });
  }
  if (offer.enforcementCooperation && !counter.enforcementCooperation) reasons.push({ code: "condition-unacceptable", condition: "enforcementCooperation" });
  return reasons;
}

function precedentPeer(state: GameState, country: CountryState): string | undefined {
  const profile = findProfile(state, country.id);
  let best: { id: string; utility: number } | undefined;
  for (const peerId of profile?.peers ?? []) {
    const deal = state.countries[peerId]?.deal;
    if (deal && (!best || deal.countryUtility > best.utility)) best = { id: peerId, utility: deal.countryUtility };
  }
  return best?.id;
}
