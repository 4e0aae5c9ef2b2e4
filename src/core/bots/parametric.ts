// A parametric family of strategies: every designed bot is one point of it, and the exploit search walks it.
// Parameters are plain numbers (per-mille shares, thresholds, months), so a strategy prints, compares and
// mutates as data. The bot is a pure function of the state, like every bot: it plays by the player's rules.
import { canNegotiate, checkAction, COSTS } from "../actions";
import { exposureOf } from "../leakage";
import { clamp, mulDiv, PER_MILLE } from "../math";
import { concedeTowards, countryUtility, INSULT_GAP, MAX_OFFERS_PER_TURN, monthsInTalks, MOVE_MIN, pledgeRoom, RECIPROCITY_PM } from "../negotiation";
import type { ScenarioCountry } from "../scenario/schema";
import type { Action, ConditionSet, CountryState, GameState, IntelReport, Terms } from "../state";
import { findProfile } from "../shipments";
import type { Bot } from "./strategy";
import { withDilemmas } from "./dilemmaAnswers";

export interface StrategyParams {
  /** Opening chips, per-mille of the country's demand (up to 2000). */
  chipsOpen: number;
  /** Opening chips for risky destinations (exposure at or above riskyAt), per-mille of demand. */
  chipsRisky: number;
  riskyAt: number;
  /** Opening pledge asked, per-mille of what the country can still pledge (above 1000 asks the impossible). */
  investOpen: number;
  /** Opening tariff cut asked, per-mille of its tariff room. */
  tariffOpen: number;
  /** Safeguards: 0 none, 1 KYC only, 2 scaled to exposure, 3 scaled and stricter, 4 every safeguard. */
  safeguards: number;
  /** Ask for enforcement cooperation from destinations at or above this exposure (1001: never). */
  cooperationAt: number;
  /** Share of the gap to the counter (per-mille) each new offer moves; 0 repeats the same offer. */
  concedeStep: number;
  /** Whether conceding may drop our safeguards (otherwise they are kept and only numbers move). */
  yieldSafeguards: number;
  offersPerMonth: number;
  /** Accept a counter worth at most this much more to the country than our last offer (per-mille). */
  acceptWithin: number;
  /** Accept any counter after this many months in talks. */
  acceptAfter: number;
  /** Leave alone destinations whose exposure exceeds this. */
  exposureCap: number;
  /** Leave alone destinations whose unmet demand (chips a month beyond baseline access) is below this. */
  minGain: number;
  /** Act (offers, listings, crackdowns, intelligence) only from startTurn to before stopTurn. */
  startTurn: number;
  stopTurn: number;
  /** Entity-list destinations at or above this exposure (1001: never); renew listings when 1. */
  listAt: number;
  renewListings: number;
  /** Whether to list destinations that hold a deal (whose safeguards may already cover them): 1 yes, 0 no. */
  listWithDeal: number;
  /** Approve licences for destinations below this exposure (0: deny all). */
  licenceBelow: number;
  /** Brief Congress when hawkishness exceeds this (101: never). */
  briefAbove: number;
  /** Crack down on the worst hub when political capital exceeds this (101: never). */
  crackdownAbove: number;
  /** Buy intelligence before bargaining with destinations whose unmet demand is at least this (0: never). */
  intelFrom: number;
  /** Political capital kept in reserve before opening talks. */
  reserve: number;
  /** Reopen a deal whose chips fall below this share of demand (per-mille). */
  renegotiateBelow: number;
  /** Suspend a deal after a detected diversion larger than this many chips (0: never). */
  suspendAbove: number;
}

/** Bounds of each parameter: the search draws and mutates within them. */
export const PARAM_BOUNDS: Record<keyof StrategyParams, [number, number]> = {
  chipsOpen: [200, 1500], chipsRisky: [200, 1500], riskyAt: [200, 1001], investOpen: [0, 1500], tariffOpen: [0, 1500],
  safeguards: [0, 4], cooperationAt: [0, 1001], concedeStep: [0, 1000], yieldSafeguards: [0, 1], offersPerMonth: [1, 3],
  acceptWithin: [0, 600], acceptAfter: [0, 8], exposureCap: [0, 1000], minGain: [0, 8000], startTurn: [0, 6], stopTurn: [3, 20],
  listAt: [300, 1001], renewListings: [0, 1], listWithDeal: [0, 1], licenceBelow: [0, 1001], briefAbove: [30, 101], crackdownAbove: [10, 101],
  intelFrom: [0, 20_000], reserve: [0, 50], renegotiateBelow: [0, 1000], suspendAbove: [0, 40_000],
};

export const PARAM_KEYS = Object.keys(PARAM_BOUNDS) as (keyof StrategyParams)[];

const ALL: ConditionSet = { kyc: true, noAdversaryHardware: true, usManagedDatacenters: true, locationVerification: true, onSiteAudits: true };

/** Conditions scaled to a destination's exposure: what a careful negotiator asks for. */
export function safeguardsFor(exposure: number): ConditionSet {
  return {
    kyc: exposure >= 150,
    noAdversaryHardware: exposure >= 350,
    locationVerification: exposure >= 250,
    onSiteAudits: exposure >= 450,
    usManagedDatacenters: exposure >= 600,
  };
}

function conditionsAt(level: number, exposure: number): ConditionSet {
  if (level <= 0) return { ...ALL, kyc: false, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: false, onSiteAudits: false };
  if (level === 1) return { ...safeguardsFor(0), kyc: true };
  if (level === 2) return safeguardsFor(exposure);
  if (level === 3) return safeguardsFor(exposure + 200);
  return { ...ALL };
}

/** Chips a month a deal would add over what the country gets without one. */
function unmetDemand(country: CountryState, profile: ScenarioCountry): number {
  return mulDiv(country.demand, PER_MILLE - profile.baselineAccess, PER_MILLE);
}

export function openingTerms(p: StrategyParams, country: CountryState, profile: ScenarioCountry): Terms {
  const exposure = exposureOf(country);
  const chipsShare = exposure >= p.riskyAt ? p.chipsRisky : p.chipsOpen;
  return {
    chips: clamp(mulDiv(country.demand, chipsShare, PER_MILLE), 0, Math.max(country.demand, 1) * 2),
    investment: clamp(mulDiv(pledgeRoom(country, profile), p.investOpen, PER_MILLE), 0, 5000),
    tariffCut: clamp(mulDiv(profile.tariffRoom, p.tariffOpen, PER_MILLE), 0, 100),
    enforcementCooperation: exposure >= p.cooperationAt,
    conditions: conditionsAt(p.safeguards, exposure),
  };
}

function lastOffer(country: CountryState, by: "us" | "them"): Terms | null {
  const offers = country.negotiation?.offers ?? [];
  for (let i = offers.length - 1; i >= 0; i--) if (offers[i]?.by === by) return offers[i]?.terms ?? null;
  return null;
}

/** Moves `ours` a share of the way towards `theirs` on every number; conditions follow theirs only if allowed. */
export function moveTowards(ours: Terms, theirs: Terms, stepPm: number, yieldSafeguards: boolean): Terms {
  const towards = (a: number, b: number) => a + Math.trunc(((b - a) * stepPm) / PER_MILLE);
  return {
    chips: Math.max(ours.chips, towards(ours.chips, theirs.chips)),
    investment: towards(ours.investment, theirs.investment),
    tariffCut: towards(ours.tariffCut, theirs.tariffCut),
    enforcementCooperation: yieldSafeguards && stepPm > 0 ? theirs.enforcementCooperation : ours.enforcementCooperation,
    conditions: yieldSafeguards && stepPm > 0 ? { ...theirs.conditions } : { ...ours.conditions },
  };
}

/**
 * What an informed offer must be worth to the country to be accepted this month: not its whole ask, because
 * an offer that improves on our best earlier one lowers the ask by the reciprocity share (a first offer gets
 * no such credit), and never below what it would settle for.
 */
export function intelTarget(intel: IntelReport, last: Terms | null, country: CountryState, profile: ScenarioCountry): number {
  if (!last) return intel.ask;
  const best = Math.max(intel.reservation - INSULT_GAP, ...previousUs(country).map((t) => countryUtility(t, country, profile).total));
  // Accepted when u >= ask - (u - best) * RECIPROCITY_PM / 1000; solved for u, rounded up, with a small margin.
  const needed = Math.ceil((intel.ask * PER_MILLE + best * RECIPROCITY_PM) / (PER_MILLE + RECIPROCITY_PM)) + MOVE_MIN;
  return clamp(needed, intel.reservation, intel.ask);
}

function previousUs(country: CountryState): Terms[] {
  return (country.negotiation?.offers ?? []).filter((o) => o.by === "us").map((o) => o.terms);
}

/**
 * Our terms amended until the country values them at `target`, where it costs us least: more chips first,
 * then a smaller tariff ask, then a smaller pledge; the safeguards go last, and only for a bot that yields
 * them. A bot that keeps its safeguards offers the best it can without them when that falls short.
 */
export function informedOffer(base: Terms, target: number, country: CountryState, profile: ScenarioCountry, yieldSafeguards: boolean): Terms {
  const offer = concedeTowards(base, target, country, profile, ["chips", "tariffs", "investment"]);
  if (yieldSafeguards) return offer;
  return { ...offer, enforcementCooperation: base.enforcementCooperation, conditions: { ...base.conditions } };
}

function active(p: StrategyParams, state: GameState): boolean {
  return state.turn >= p.startTurn && state.turn < p.stopTurn;
}

const legal = (state: GameState, action: Action): boolean => checkAction(state, action) === null;

function licenceAction(p: StrategyParams, state: GameState): Action | null {
  for (const request of state.licences) {
    if (request.decision !== "pending") continue;
    const country = state.countries[request.country];
    const profile = findProfile(state, request.country);
    if (!country || !profile) continue;
    const approve = !profile.adversary && exposureOf(country) < p.licenceBelow;
    const action: Action = { type: "licence", id: request.id, decision: approve ? "approve" : "deny" };
    if (legal(state, action)) return action;
    const deny: Action = { type: "licence", id: request.id, decision: "deny" };
    if (legal(state, deny)) return deny;
  }
  return null;
}

/** The riskiest hub without a crackdown, if no crackdown is under way anywhere: one at a time. */
export function worstUnwatchedHub(state: GameState): string | null {
  if (Object.values(state.countries).some((c) => c.crackdownUntil > state.turn)) return null;
  let best: { id: string; exposure: number } | null = null;
  for (const profile of state.scenario.countries) {
    const country = state.countries[profile.id];
    if (!country || profile.adversary || country.demand === 0) continue;
    const exposure = exposureOf(country);
    if (exposure >= 500 && (!best || exposure > best.exposure)) best = { id: profile.id, exposure };
  }
  return best?.id ?? null;
}

function policyAction(p: StrategyParams, state: GameState): Action | null {
  const capital = state.tracks.politicalCapital;
  if (state.tracks.hawkishness > p.briefAbove && capital >= 2 * COSTS.briefCongress && !state.briefedThisTurn) return { type: "briefCongress" };
  if (p.suspendAbove > 0) {
    for (const country of Object.values(state.countries)) {
      if (country.deal && country.lastDetectedTurn === state.turn - 1 && country.divertedDetected > p.suspendAbove) return { type: "suspendDeal", country: country.id };
    }
  }
  if (!active(p, state)) return null;
  if (p.listAt <= 1000 && capital >= p.reserve + COSTS.entityList) {
    for (const profile of state.scenario.countries) {
      const country = state.countries[profile.id];
      if (!country || profile.adversary || country.demand === 0 || exposureOf(country) < p.listAt) continue;
      if (country.deal && p.listWithDeal === 0) continue;
      if (country.entityListed && p.renewListings === 0) continue;
      if (country.listedUntil > 0 && !country.entityListed && p.renewListings === 0) continue;
      const action: Action = { type: "entityList", country: profile.id };
      if (legal(state, action)) return action;
    }
  }
  const hub = capital > p.crackdownAbove ? worstUnwatchedHub(state) : null;
  if (hub) return { type: "crackdown", country: hub };
  return null;
}

function negotiationAction(p: StrategyParams, state: GameState): Action | null {
  if (state.policy === "tiered" || !active(p, state)) return null;
  const reserve = state.tracks.politicalCapital < p.reserve;
  for (const profile of state.scenario.countries) {
    const country = state.countries[profile.id];
    if (!country || profile.adversary || !canNegotiate(state, profile.id)) continue;
    if (exposureOf(country) > p.exposureCap || unmetDemand(country, profile) < p.minGain) continue;
    // A deal in force is reopened only once growing demand has left it behind.
    if (country.deal && !country.negotiation && country.deal.terms.chips >= mulDiv(country.demand, p.renegotiateBelow, PER_MILLE)) continue;
    const opening = openingTerms(p, country, profile);
    const counter = country.negotiation?.counter;
    const last = lastOffer(country, "us");
    if (counter && last) {
      const gap = countryUtility(counter, country, profile).total - countryUtility(last, country, profile).total;
      const affordable = state.tracks.politicalCapital >= p.reserve - 10;
      if (affordable && (gap <= p.acceptWithin || monthsInTalks(state, country) >= p.acceptAfter)) return { type: "acceptCounter", country: country.id };
    }
    if (country.offersThisTurn >= Math.min(p.offersPerMonth, MAX_OFFERS_PER_TURN)) continue;
    if (country.offersThisTurn === 0 && p.intelFrom > 0 && unmetDemand(country, profile) >= p.intelFrom && country.intel?.turn !== state.turn
      && state.tracks.politicalCapital >= p.reserve + COSTS.intelligence) {
      return { type: "intelligence", country: country.id };
    }
    const intel = country.intel?.turn === state.turn ? country.intel : null;
    if (intel && !counter) {
      const base = last ?? opening;
      return { type: "offer", country: country.id, terms: informedOffer(base, intelTarget(intel, last, country, profile), country, profile, p.yieldSafeguards === 1) };
    }
    // Move towards their last counter (this month's, or last month's once it lapsed); a step of 0 repeats.
    const theirs = counter ?? lastOffer(country, "them");
    if (last && theirs) return { type: "offer", country: country.id, terms: moveTowards(last, theirs, p.concedeStep, p.yieldSafeguards === 1) };
    if (!country.negotiation && !reserve) return { type: "offer", country: country.id, terms: opening };
  }
  return null;
}

export function parametricBot(name: string, description: string, p: StrategyParams): Bot {
  return {
    name,
    description,
    decide(state) {
      return licenceAction(p, state) ?? policyAction(p, state) ?? negotiationAction(p, state) ?? { type: "endTurn" };
    },
  };
}

/** A strategy of the exploit search: the parametric bot, answering dilemmas by the scenario's own weights as the designed bots do. */
export function searchedBot(p: StrategyParams): Bot {
  return withDilemmas(parametricBot("searched", "a strategy of the exploit search", p), (state) => state.scenario.scoring.weights);
}
