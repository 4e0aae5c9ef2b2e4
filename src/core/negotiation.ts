// How a counterpart bargains, after the automated-negotiation literature: linear-additive utility over the
// deal's issues, a hidden reservation value, a concession curve that runs on the calendar (months in talks
// against its deadline, Faratin, Sierra and Jennings' time-dependent tactics) and that responds to how the
// US bargains (their relative tit-for-tat: it reciprocates concessions and stiffens at unchanged, tougher or
// insulting offers). Outside options move its reservation: maturing alternatives, the rival's offers, peers'
// deals (precedents that fade), the deal it already holds. Everything is per-mille integer arithmetic.
import { clamp, mulDiv, PER_MILLE, powPerMille, type CurveExponent } from "./math";
import type { Condition, ScenarioCountry, Temperament } from "./scenario/schema";
import { CONDITIONS } from "./scenario/schema";
import type { CountryState, GameState, IssueParts, ReplyReason, Terms } from "./state";
import { findProfile } from "./shipments";
import { preferredTerm, termCost } from "./deals";

export const MAX_OFFERS_PER_TURN = 3;
export const WALKOUT_COOLDOWN_TURNS = 3;
/** An offer worth this much less to the country than its reservation is an insult. */
export const INSULT_GAP = 300;
/** A change of utility smaller than this between two offers is no move at all. */
export const MOVE_MIN = 10;
/** Share of a US concession (per-mille of utility) the country gives back by lowering its ask. */
export const RECIPROCITY_PM = 500;
/** Firmness added by an unchanged repeat, a tougher offer and an insult; its bounds. */
export const STIFFEN = { repeat: 40, tougher: 60, insult: 60, min: -250, max: 300 } as const;
/** Months over which a peer's precedent fades to nothing. */
export const PRECEDENT_FADE_MONTHS = 6;
/** A precedent's floor sits this far below the utility the peer got. */
const PRECEDENT_MARGIN = 50;
/** In the administration's last months the countries know it needs deals: asks rise by this much a month. */
export const US_CLOCK = { months: 3, perMonth: 40 } as const;

const CURVE: Record<Temperament, CurveExponent> = { tough: 4, firm: 2, linear: 1, flexible: 0.5, conceding: 0.25 };
export const ISSUES = ["chips", "investment", "tariffs", "sovereignty"] as const;
export type Issue = (typeof ISSUES)[number];

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

export interface UtilityParts extends IssueParts { total: number }

/** The country's utility for a deal, per-mille, and its four parts (each per-mille before weighting). */
export function countryUtility(terms: Terms, country: CountryState, profile: ScenarioCountry): UtilityParts {
  const chips = country.demand <= 0 ? PER_MILLE : clamp(mulDiv(terms.chips, PER_MILLE, country.demand), 0, PER_MILLE);
  const investment = PER_MILLE - clampShare(terms.investment, profile.investmentCapacity);
  const tariffs = PER_MILLE - clampShare(terms.tariffCut, profile.tariffRoom);
  let cost = terms.enforcementCooperation ? conditionCost("enforcementCooperation", country) : 0;
  for (const condition of CONDITIONS) if (terms.conditions[condition]) cost += conditionCost(condition, country);
  const sovereignty = Math.max(0, PER_MILLE - cost);
  // A term away from the one it prefers costs it too (deals.ts).
  return { chips, investment, tariffs, sovereignty, total: Math.max(0, weighted({ chips, investment, tariffs, sovereignty }, profile) - termCost(terms, profile)) };
}

function weighted(parts: IssueParts, profile: ScenarioCountry): number {
  const w = profile.priorities;
  return Math.floor((w.chips * parts.chips + w.investment * parts.investment + w.tariffs * parts.tariffs + w.sovereignty * parts.sovereignty) / PER_MILLE);
}

function clampShare(asked: number, capacity: number): number {
  if (asked <= 0) return 0;
  return capacity <= 0 ? PER_MILLE : clamp(Math.ceil((asked * PER_MILLE) / capacity), 0, PER_MILLE);
}

/** Billions the country can still pledge in a deal: its capacity less what it paid under earlier deals. */
export function pledgeRoom(country: CountryState, profile: ScenarioCountry): number {
  return Math.max(0, profile.investmentCapacity - country.invested + (country.deal?.paid ?? 0));
}

/**
 * US leverage over a country, per-mille: its dependence on US chips, discounted as alternatives mature.
 * Waiting costs leverage because alternativeMaturity only grows.
 */
export function leverage(country: CountryState, alternativeMaturity: number): number {
  return mulDiv(country.dependence, PER_MILLE - alternativeMaturity, PER_MILLE);
}

/** The rival's offer, if one stands on the country's table this month. */
export function standingRivalOffer(state: GameState, country: CountryState) {
  return country.rivalOffer && country.rivalOffer.until >= state.turn ? country.rivalOffer : null;
}

/** Per-mille of a precedent left after `age` months. */
export function precedentWeight(age: number): number {
  return clamp(mulDiv(PRECEDENT_FADE_MONTHS - age, PER_MILLE, PRECEDENT_FADE_MONTHS), 0, PER_MILLE);
}

export interface PrecedentPull { peer: string; floor: number; parts: IssueParts }

/** The strongest precedent this month: the floor it sets on the country's reservation and the faded parts it cites. */
export function precedentPull(state: GameState, country: CountryState, own: number): PrecedentPull | null {
  const profile = findProfile(state, country.id);
  if (!profile) return null;
  let best: PrecedentPull | null = null;
  for (const p of country.precedents) {
    const fade = precedentWeight(state.turn - p.turn);
    if (fade === 0) continue;
    const peerFloor = Math.min(980, weighted(p.parts, profile) - PRECEDENT_MARGIN);
    if (peerFloor <= own) continue;
    const floor = own + mulDiv(peerFloor - own, fade, PER_MILLE);
    if (best && best.floor >= floor) continue;
    const parts = { chips: 0, investment: 0, tariffs: 0, sovereignty: 0 };
    for (const issue of ISSUES) parts[issue] = mulDiv(p.parts[issue], fade, PER_MILLE);
    best = { peer: p.peer, floor, parts };
  }
  return best;
}

/** The country's own reservation today, before precedents and the deal it holds. */
function ownReservation(state: GameState, country: CountryState): number {
  const leverageShift = Math.trunc((500 - leverage(country, state.tracks.alternativeMaturity)) / 4);
  const relationsShift = (50 - country.relations) * 2;
  const grudges = country.brokenDeals * 80;
  const rival = standingRivalOffer(state, country)?.boost ?? 0;
  return clamp(country.hidden.reservation + leverageShift + relationsShift + grudges + rival, 50, 980);
}

/**
 * The reservation utility the country holds out for today: its hidden value shifted by leverage, relations,
 * broken deals and a rival offer; raised to a peer's fading precedent and to the deal it already holds
 * (valued at today's demand, which grows: that is what makes renegotiating worth it).
 */
export function effectiveReservation(state: GameState, country: CountryState): number {
  const own = ownReservation(state, country);
  const precedent = precedentPull(state, country, own)?.floor ?? 0;
  const profile = country.deal ? findProfile(state, country.id) : undefined;
  const current = country.deal && profile ? countryUtility(country.deal.terms, country, profile).total : 0;
  return Math.max(own, precedent, Math.min(980, current));
}

/**
 * Time-dependent aspiration: what the country asks `months` months into talks with a deadline of `patience`
 * months. Time runs (months + 1) / (patience + 1): the first month already concedes a little, the deadline
 * month asks the reservation. The temperament's exponent shapes the curve (tough concedes late).
 */
export function aspiration(reservation: number, months: number, patience: number, temperament: Temperament): number {
  const time = clamp(mulDiv(months + 1, PER_MILLE, patience + 1), 0, PER_MILLE);
  const conceded = powPerMille(time, CURVE[temperament]);
  return reservation + mulDiv(PER_MILLE - reservation, PER_MILLE - conceded, PER_MILLE);
}

export function monthsInTalks(state: GameState, country: CountryState): number {
  return country.negotiation ? state.turn - country.negotiation.startedTurn : 0;
}

/** How much the administration's deadline adds to every ask this month. */
export function usClock(state: GameState): number {
  const left = state.scenario.turns - state.turn;
  return Math.max(0, US_CLOCK.months - left) * US_CLOCK.perMonth;
}

/** What the country asks this month, per-mille, given a firmness (the talks' own unless told). */
export function currentAsk(state: GameState, country: CountryState, firmness = country.negotiation?.firmness ?? 0): number {
  const reservation = effectiveReservation(state, country);
  const base = aspiration(reservation, monthsInTalks(state, country), country.hidden.patience, country.hidden.temperament);
  return clamp(base + firmness + usClock(state), reservation, PER_MILLE);
}

/** Months of patience left in the talks (a whole patience when none are open). */
export function patienceLeft(state: GameState, country: CountryState): number {
  const lost = country.negotiation?.patienceLost ?? 0;
  return Math.max(0, country.hidden.patience - lost - monthsInTalks(state, country));
}

/** How the country's mood moves with this offer. */
export interface Behaviour {
  firmness: number;
  patienceLost: number;
  relations: number;
  cause: "insulting-offer" | "stubborn-offer" | null;
  reasons: ReplyReason[];
}

function previousOffers(country: CountryState): Terms[] {
  return (country.negotiation?.offers ?? []).filter((o) => o.by === "us").map((o) => o.terms);
}

/** The tit-for-tat: how the country reads this offer against the US's earlier ones in these talks. */
export function behaviourOf(state: GameState, country: CountryState, profile: ScenarioCountry, terms: Terms, utility: number): Behaviour {
  const reservation = effectiveReservation(state, country);
  const reasons: ReplyReason[] = [];
  const room = pledgeRoom(country, profile);
  const beyondCapacity = terms.investment > room;
  const beyondTariffs = terms.tariffCut > profile.tariffRoom;
  if (beyondCapacity) reasons.push({ code: "beyond-capacity", capacity: room });
  if (beyondTariffs) reasons.push({ code: "beyond-tariff-room", room: profile.tariffRoom });
  if (beyondCapacity || beyondTariffs || utility < reservation - INSULT_GAP) {
    reasons.push({ code: "insulted" });
    return { firmness: STIFFEN.insult, patienceLost: 1, relations: -4, cause: "insulting-offer", reasons };
  }
  const earlier = previousOffers(country);
  const last = earlier[earlier.length - 1];
  if (!last) return { firmness: 0, patienceLost: 0, relations: 0, cause: null, reasons };
  // New ground is measured against the best the US offered so far (floored at the insult line), so stepping
  // back and forth earns nothing; tougher is measured against the last offer.
  let best = reservation - INSULT_GAP;
  for (const t of earlier) best = Math.max(best, countryUtility(t, country, profile).total);
  const lastUtility = countryUtility(last, country, profile).total;
  if (utility >= best + MOVE_MIN) {
    reasons.push({ code: "reciprocates" });
    return { firmness: -mulDiv(utility - best, RECIPROCITY_PM, PER_MILLE), patienceLost: 0, relations: 0, cause: null, reasons };
  }
  const tougher = utility <= lastUtility - MOVE_MIN;
  reasons.push({ code: tougher ? "tougher-offer" : "repeated-offer" });
  return { firmness: tougher ? STIFFEN.tougher : STIFFEN.repeat, patienceLost: 1, relations: tougher ? -3 : -2, cause: "stubborn-offer", reasons };
}

export type Reply =
  | { reply: "accept"; reasons: ReplyReason[]; behaviour: Behaviour }
  | { reply: "counter"; counter: Terms; reasons: ReplyReason[]; behaviour: Behaviour }
  | { reply: "walkAway"; reasons: ReplyReason[]; behaviour: Behaviour };

/**
 * How the country answers an offer this month. It accepts a feasible offer worth at least what it asks now,
 * walks away when its patience is spent (its deadline, shortened by annoyance) and the offer falls short,
 * and otherwise counters with its ask, with its reasons.
 */
export function respond(state: GameState, country: CountryState, profile: ScenarioCountry, terms: Terms): Reply {
  const utility = countryUtility(terms, country, profile).total;
  const behaviour = behaviourOf(state, country, profile, terms, utility);
  const firmness = clamp((country.negotiation?.firmness ?? 0) + behaviour.firmness, STIFFEN.min, STIFFEN.max);
  const ask = currentAsk(state, country, firmness);
  const feasible = terms.investment <= pledgeRoom(country, profile) && terms.tariffCut <= profile.tariffRoom;
  if (feasible && utility >= ask) return { reply: "accept", reasons: behaviour.reasons, behaviour };
  const lost = (country.negotiation?.patienceLost ?? 0) + behaviour.patienceLost;
  const months = monthsInTalks(state, country);
  if (lost >= country.hidden.patience) {
    return { reply: "walkAway", reasons: [...behaviour.reasons, { code: "lost-patience" }], behaviour };
  }
  if (months >= country.hidden.patience - lost) {
    return { reply: "walkAway", reasons: [...behaviour.reasons, { code: "deadline-reached" }, { code: "below-reservation" }], behaviour };
  }
  const pull = precedentPull(state, country, ownReservation(state, country));
  const offered = countryUtility(terms, country, profile);
  const precedentIssues = pull ? ISSUES.filter((issue) => offered[issue] < pull.parts[issue]) : [];
  const counter = concedeTowards(terms, ask, country, profile, precedentIssues);
  const reasons = [...behaviour.reasons, ...explainCounter(terms, counter)];
  if (pull && precedentIssues.length > 0) reasons.push({ code: "peer-precedent", peer: pull.peer, issues: precedentIssues });
  const rival = standingRivalOffer(state, country);
  if (rival) reasons.push({ code: "rival-offer", rival: rival.rival });
  if (usClock(state) > 0) reasons.push({ code: "us-deadline" });
  return { reply: "counter", counter, reasons, behaviour };
}

/**
 * The country's counter-offer: the player's terms made feasible (no pledge beyond what it can pay), then
 * amended first on the issues a peer's precedent covers, then on the issues it cares most about, until its
 * utility reaches `target`.
 */
export function concedeTowards(terms: Terms, target: number, country: CountryState, profile: ScenarioCountry, first: readonly Issue[] = []): Terms {
  const counter: Terms = { ...terms, conditions: { ...terms.conditions } };
  counter.investment = Math.min(counter.investment, pledgeRoom(country, profile));
  counter.tariffCut = Math.min(counter.tariffCut, profile.tariffRoom);
  // A term away from the one it prefers is the first thing it amends, if it falls short.
  if (termCost(counter, profile) > 0 && countryUtility(counter, country, profile).total < target) counter.months = preferredTerm(profile);
  const w = profile.priorities;
  const byWeight = [...ISSUES].sort((a, b) => w[b] - w[a]);
  const order = [...first, ...byWeight.filter((issue) => !first.includes(issue))];
  for (const issue of order) {
    const gap = target - countryUtility(counter, country, profile).total;
    if (gap <= 0) break;
    if (w[issue] === 0) continue;
    const neededPart = Math.ceil((gap * PER_MILLE) / w[issue]) + 1;
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
  if (counter.months !== undefined && counter.months !== offer.months) reasons.push({ code: "prefers-term", months: counter.months });
  return reasons;
}
