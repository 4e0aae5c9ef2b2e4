// The player's actions other than ending the turn. Each checks every rule before changing anything, so an
// invalid action is rejected with a code and never half-applied.
import { changeCountry, changeTrack, countryOf, record, type StepContext } from "./context";
import { answerDilemma, findOption } from "./dilemmas";
import { optionsOf } from "./deals";
import { audit, auditProblem, dealClock, removeDecisions, TERM_BOUNDS, termOf } from "./deals";
import { exposureOf } from "./leakage";
import { aggrieve, GRIEVANCE } from "./rival";

import { applyListing, LISTING, renewable } from "./listing";
import { countryUtility, currentAsk, effectiveReservation, MAX_OFFERS_PER_TURN, patienceLeft, respond, STIFFEN, WALKOUT_COOLDOWN_TURNS } from "./negotiation";
import { economicsOnSigning, economicsOnSuspension } from "./pledges";
import { clamp } from "./math";
import { CONDITIONS } from "./scenario/schema";
import { profileOf } from "./shipments";
import type { Action, ClosedTalks, CountryState, GameState, Terms } from "./state";

export type Rejection = { code: string; message: string };
const reject = (code: string, message: string): Rejection => ({ code, message });

export const COSTS = { crackdown: 5, entityList: LISTING.cost, briefCongress: 3, intelligence: 4 } as const;
export const CRACKDOWN_TURNS = 3;

/** Political capital a deal with this country costs: Congress resents deals with risky destinations. */
export function dealCost(state: GameState, country: CountryState): number {
  return 2 + Math.floor((state.tracks.hawkishness * exposureOf(country)) / 20_000);
}

function checkTerms(terms: unknown, country: CountryState): string | null {
  if (terms === null || typeof terms !== "object") return "terms must be an object";
  const t = terms as Partial<Terms>;
  const wholeIn = (x: unknown, min: number, max: number) => typeof x === "number" && Number.isInteger(x) && x >= min && x <= max;
  if (!wholeIn(t.chips, 0, Math.max(country.demand, 1) * 2)) return `chips must be a whole number from 0 to ${Math.max(country.demand, 1) * 2}`;
  if (!wholeIn(t.investment, 0, 5000)) return "investment must be a whole number of billions from 0 to 5000";
  if (!wholeIn(t.tariffCut, 0, 100)) return "tariffCut must be a whole number of points from 0 to 100";
  if (typeof t.enforcementCooperation !== "boolean") return "enforcementCooperation must be true or false";
  if (t.months !== undefined && !wholeIn(t.months, TERM_BOUNDS.min, TERM_BOUNDS.max)) return `months (the deal's term) must be a whole number from ${TERM_BOUNDS.min} to ${TERM_BOUNDS.max}, or absent for the country's preferred term`;
  if (!t.conditions || typeof t.conditions !== "object") return "conditions must be an object";
  for (const c of CONDITIONS) if (typeof t.conditions[c] !== "boolean") return `conditions.${c} must be true or false`;
  if (Object.keys(t.conditions).length !== CONDITIONS.length) return `conditions must have exactly: ${CONDITIONS.join(", ")}`;
  return null;
}

/** Checks an action against the rules without changing anything. */
export function checkAction(state: GameState, action: Action): Rejection | null {
  if (state.status === "over") return reject("game/over", "the game is over");
  if (action.type === "endTurn") return null;
  if (action.type === "briefCongress") {
    if (state.briefedThisTurn) return reject("brief/already-briefed", "Congress was already briefed this month");
    if (state.tracks.politicalCapital < COSTS.briefCongress) return reject("capital/insufficient", `briefing Congress costs ${COSTS.briefCongress} political capital`);
    return null;
  }
  if (action.type === "licence") {
    const licence = state.licences.find((l) => l.id === action.id);
    if (!licence) return reject("licence/unknown", `no licence request "${String(action.id)}"`);
    if (licence.decision !== "pending") return reject("licence/decided", `licence ${licence.id} was already ${licence.decision}`);
    if (action.decision !== "approve" && action.decision !== "deny") return reject("action/invalid", "decision must be approve or deny");
    const profile = profileOf(state, licence.country);
    if (action.decision === "approve" && state.policy === "tiered" && profile.formerTier === 3) return reject("licence/tier3-denied", "under the tiered rule, Tier 3 destinations are denied");
    return null;
  }
  if (action.type === "answerDilemma") {
    const open = state.dilemmas.find((d) => d.event === action.event);
    if (!open) return reject("dilemma/not-open", `no dilemma ${JSON.stringify(action.event)?.slice(0, 40) ?? "(none)"} is waiting for an answer`);
    const options = optionsOf(state, open)?.options ?? [];
    if (!findOption(state, open, action.option)) return reject("dilemma/unknown-option", `the dilemma ${open.event} has no option ${JSON.stringify(action.option)?.slice(0, 40) ?? "(none)"}: choose ${options.map((o) => o.id).join(", ")}`);
    return null;
  }
  // Own properties only: "constructor" or "__proto__" must not find Object's prototype.
  const country = typeof action.country === "string" && Object.hasOwn(state.countries, action.country) ? state.countries[action.country] : undefined;
  if (!country) return reject("country/unknown", `no country ${JSON.stringify(action.country)?.slice(0, 40) ?? "(none)"} in this scenario`);
  const profile = profileOf(state, country.id);
  switch (action.type) {
    case "offer": {
      if (state.policy === "tiered") return reject("offer/tiered-regime", "under the tiered rule there is no bargaining: access follows the tier");
      if (profile.adversary) return reject("offer/adversary", `${country.id} is an adversary: no deals`);
      if (country.cooldownUntil > state.turn) return reject("offer/cooldown", `${country.id} will not talk again before turn ${country.cooldownUntil + 1}`);
      if (country.offersThisTurn >= MAX_OFFERS_PER_TURN) return reject("offer/rounds-exhausted", `at most ${MAX_OFFERS_PER_TURN} offers to a country each month`);
      const problem = checkTerms(action.terms, country);
      if (problem) return reject("offer/invalid-terms", problem);
      if (state.tracks.politicalCapital < dealCost(state, country)) return reject("capital/insufficient", `a deal with ${country.id} would cost ${dealCost(state, country)} political capital`);
      return null;
    }
    case "acceptCounter":
      if (!country.negotiation?.counter) return reject("negotiation/no-counter", `${country.id} has no counter-offer on the table`);
      if (state.tracks.politicalCapital < dealCost(state, country)) return reject("capital/insufficient", `a deal with ${country.id} would cost ${dealCost(state, country)} political capital`);
      return null;
    case "walkAway":
      return country.negotiation ? null : reject("negotiation/none", `no negotiation with ${country.id} is open`);
    case "suspendDeal":
      return country.deal ? null : reject("deal/none", `no deal with ${country.id} is in force`);
    case "crackdown":
      if (profile.adversary) return reject("crackdown/adversary", "enforcement crackdowns target destinations that receive chips");
      if (country.crackdownUntil > state.turn) return reject("crackdown/active", `a crackdown at ${country.id} is already under way`);
      if (state.tracks.politicalCapital < COSTS.crackdown) return reject("capital/insufficient", `a crackdown costs ${COSTS.crackdown} political capital`);
      return null;
    case "entityList":
      if (profile.adversary) return reject("entity/adversary", `${country.id} is already cut off`);
      if (country.entityListed && !renewable(state, country)) return reject("entity/listed", `${country.id}'s risky entities are already listed until turn ${country.listedUntil}; a listing can be renewed in its last ${LISTING.renewWithin} months`);
      if (state.tracks.politicalCapital < COSTS.entityList) return reject("capital/insufficient", `an entity listing costs ${COSTS.entityList} political capital`);
      return null;
    case "audit": {
      const problem = auditProblem(state, country);
      return problem ? reject(problem.includes("capital") ? "capital/insufficient" : "audit/unavailable", problem) : null;
    }
    case "intelligence":
      if (profile.adversary) return reject("intelligence/adversary", `${country.id} is an adversary: there is nothing to bargain over`);
      if (country.intel?.turn === state.turn) return reject("intelligence/already", `intelligence on ${country.id} was already gathered this month`);
      if (state.tracks.politicalCapital < COSTS.intelligence) return reject("capital/insufficient", `an intelligence assessment costs ${COSTS.intelligence} political capital`);
      return null;
  }
}

function signDeal(ctx: StepContext, country: CountryState, terms: Terms): void {
  const state = ctx.state;
  const profile = profileOf(state, country.id);
  const parts = countryUtility(terms, country, profile);
  changeTrack(ctx, "politicalCapital", -dealCost(state, country), "deal-signed", { country: country.id }, country.id);
  // Renegotiating replaces the deal in force; until a new one is signed, the old one keeps delivering.
  const previous = country.deal;
  const reservation = effectiveReservation(state, country);
  const { pledge, paid } = economicsOnSigning(ctx, country, previous, terms.investment, terms.tariffCut);
  const months = termOf(terms, profile);
  country.deal = { terms: { ...terms, months }, signedTurn: state.turn, countryUtility: parts.total, countryReservation: reservation, pledge, paid, ...dealClock(state, country, months) };
  removeDecisions(state, country.id, ["renewal", "violation", "campus", "exemption"]);
  country.rivalOffer = null;
  closeTalks(country, state.turn, "deal");
  record(ctx, { track: "deal", country: country.id, delta: terms.chips, cause: "deal-signed", params: { investment: terms.investment, tariffCut: terms.tariffCut, renegotiated: previous !== null, months, until: state.turn + months } });
  changeCountry(ctx, country, "relations", 5, "deal-signed");
  if (terms.enforcementCooperation && !previous?.terms.enforcementCooperation) changeCountry(ctx, country, "enforcement", 150, "enforcement-cooperation");
  // Peers cite this deal, issue by issue, until it fades.
  const { chips, investment, tariffs, sovereignty } = parts;
  for (const peerId of profile.peers) {
    if (!state.countries[peerId]) continue;
    const peer = countryOf(ctx, peerId);
    peer.precedents = [...peer.precedents.filter((p) => p.peer !== country.id), { peer: country.id, turn: state.turn, parts: { chips, investment, tariffs, sovereignty } }];
  }
  ctx.events.push({ type: "dealSigned", country: country.id, terms });
}

/** The state keeps its own copy of the terms, with exactly the known fields. */
function copyTerms(t: Terms): Terms {
  const c = t.conditions;
  return {
    chips: t.chips, investment: t.investment, tariffCut: t.tariffCut, enforcementCooperation: t.enforcementCooperation,
    ...(t.months === undefined ? {} : { months: t.months }),
    conditions: { kyc: c.kyc, noAdversaryHardware: c.noAdversaryHardware, usManagedDatacenters: c.usManagedDatacenters, locationVerification: c.locationVerification, onSiteAudits: c.onSiteAudits },
  };
}

function closeTalks(country: CountryState, turn: number, outcome: ClosedTalks["outcome"]): void {
  if (country.negotiation) country.closedTalks.push({ endedTurn: turn, outcome, offers: country.negotiation.offers });
  country.negotiation = null;
}

function makeOffer(ctx: StepContext, country: CountryState, terms: Terms): void {
  const state = ctx.state;
  const reply = respond(state, country, profileOf(state, country.id), terms);
  const negotiation = country.negotiation ?? { round: 0, offers: [], counter: null, startedTurn: state.turn, firmness: 0, patienceLost: 0 };
  country.negotiation = negotiation;
  country.offersThisTurn += 1;
  negotiation.round += 1;
  negotiation.offers.push({ turn: state.turn, round: negotiation.round, by: "us", terms });
  const b = reply.behaviour;
  negotiation.firmness = clamp(negotiation.firmness + b.firmness, STIFFEN.min, STIFFEN.max);
  negotiation.patienceLost += b.patienceLost;
  negotiation.counter = null;
  if (b.cause) changeCountry(ctx, country, "relations", b.relations, b.cause, { firmness: negotiation.firmness });
  if (b.reasons.some((r) => r.code === "beyond-capacity")) record(ctx, { track: "negotiation", country: country.id, delta: 0, cause: "pledge-beyond-capacity", params: { asked: terms.investment } });
  record(ctx, { track: "negotiation", country: country.id, delta: negotiation.round, cause: `reply-${reply.reply}` });
  if (reply.reply === "accept") {
    ctx.events.push({ type: "reply", country: country.id, reply: "accept", terms, reasons: reply.reasons });
    signDeal(ctx, country, terms);
  } else if (reply.reply === "counter") {
    negotiation.counter = reply.counter;
    negotiation.offers.push({ turn: state.turn, round: negotiation.round, by: "them", terms: reply.counter, reasons: reply.reasons });
    ctx.events.push({ type: "reply", country: country.id, reply: "counter", terms: reply.counter, reasons: reply.reasons });
  } else {
    closeTalks(country, state.turn, "country-walked-away");
    country.cooldownUntil = state.turn + WALKOUT_COOLDOWN_TURNS;
    ctx.events.push({ type: "reply", country: country.id, reply: "walkAway", terms: null, reasons: reply.reasons });
    changeCountry(ctx, country, "relations", -5, "talks-collapsed");
  }
}

/** An intelligence assessment: what the country would settle for and ask this month, its temperament and patience. */
function gatherIntelligence(ctx: StepContext, country: CountryState): void {
  const state = ctx.state;
  const profile = profileOf(state, country.id);
  changeTrack(ctx, "politicalCapital", -COSTS.intelligence, "intelligence", {}, country.id);
  const { chips, investment, tariffs, sovereignty } = profile.priorities;
  country.intel = {
    turn: state.turn,
    reservation: effectiveReservation(state, country),
    ask: currentAsk(state, country),
    temperament: country.hidden.temperament,
    patienceLeft: patienceLeft(state, country),
    priorities: { chips, investment, tariffs, sovereignty },
  };
}

/** Applies a checked action (not endTurn) to the draft. */
export function applyAction(ctx: StepContext, action: Exclude<Action, { type: "endTurn" }>): void {
  const state = ctx.state;
  state.actionsThisTurn += 1;
  if (action.type === "briefCongress") {
    state.briefedThisTurn = true;
    changeTrack(ctx, "politicalCapital", -COSTS.briefCongress, "brief-congress");
    changeTrack(ctx, "hawkishness", -8, "brief-congress");
    return;
  }
  if (action.type === "licence") {
    const licence = state.licences.find((l) => l.id === action.id);
    if (!licence) return;
    const country = countryOf(ctx, licence.country);
    const adversary = profileOf(state, licence.country).adversary;
    if (action.decision === "approve") {
      licence.decision = "approved";
      state.grants.push({ country: country.id, chips: licence.chips, fromTurn: state.turn, untilTurn: state.turn + licence.months, event: `licence:${licence.id}` });
      record(ctx, { track: "licence", country: country.id, delta: licence.chips, cause: "licence-approved", params: { id: licence.id, months: licence.months } });
      changeTrack(ctx, "industryPressure", -3, "licence-approved", { id: licence.id }, country.id);
      if (adversary) {
        // An H20-class licence to an adversary: the bigger it is, the louder Congress and allies object.
        const total = licence.chips * licence.months;
        changeTrack(ctx, "hawkishness", Math.min(12, 3 + Math.floor(total / 10_000)), "licence-to-adversary", { id: licence.id, chips: total }, country.id);
        changeTrack(ctx, "alliedTrust", -Math.min(5, 1 + Math.floor(total / 30_000)), "licence-to-adversary", { id: licence.id, chips: total }, country.id);
      } else {
        changeCountry(ctx, country, "relations", 1, "licence-approved");
      }
    } else {
      licence.decision = "denied";
      record(ctx, { track: "licence", country: country.id, delta: 0, cause: "licence-denied", params: { id: licence.id } });
      changeTrack(ctx, "industryPressure", 2, "licence-denied", { id: licence.id }, country.id);
      if (!adversary) changeCountry(ctx, country, "relations", -2, "licence-denied");
      else aggrieve(ctx, GRIEVANCE.adversaryLicenceDenied, "licence-denied", country.id);
    }
    return;
  }
  if (action.type === "answerDilemma") {
    const open = state.dilemmas.find((d) => d.event === action.event);
    const option = open ? findOption(state, open, action.option) : undefined;
    if (open && option) answerDilemma(ctx, open, option, false);
    return;
  }
  const country = countryOf(ctx, action.country);
  switch (action.type) {
    case "offer":
      makeOffer(ctx, country, copyTerms(action.terms));
      return;
    case "acceptCounter": {
      const counter = country.negotiation?.counter;
      if (counter) signDeal(ctx, country, counter);
      return;
    }
    case "walkAway":
      closeTalks(country, state.turn, "us-walked-away");
      country.cooldownUntil = state.turn + 1;
      changeCountry(ctx, country, "relations", -3, "us-walked-away");
      return;
    case "suspendDeal": {
      const forCause = country.lastDetectedTurn >= state.turn - 3 && country.lastDetectedTurn >= 0;
      if (country.deal) economicsOnSuspension(ctx, country, country.deal);
      country.deal = null;
      removeDecisions(state, country.id, ["renewal", "violation", "campus", "exemption"]);
      ctx.events.push({ type: "dealSuspended", country: country.id, forCause });
      record(ctx, { track: "deal", country: country.id, delta: 0, cause: forCause ? "deal-suspended-for-cause" : "deal-suspended" });
      changeCountry(ctx, country, "relations", forCause ? -5 : -15, "deal-suspended");
      changeTrack(ctx, "hawkishness", forCause ? -8 : -4, "deal-suspended", {}, country.id);
      if (!forCause) {
        country.brokenDeals += 1;
        changeTrack(ctx, "politicalCapital", -2, "deal-suspended", {}, country.id);
        if (profileOf(state, country.id).ally) changeTrack(ctx, "alliedTrust", -4, "ally-deal-broken", {}, country.id);
      }
      return;
    }
    case "crackdown":
      country.crackdownUntil = state.turn + CRACKDOWN_TURNS;
      changeTrack(ctx, "politicalCapital", -COSTS.crackdown, "crackdown", {}, country.id);
      changeTrack(ctx, "usEnforcement", 2, "crackdown", {}, country.id);
      changeCountry(ctx, country, "relations", -3, "crackdown");
      aggrieve(ctx, GRIEVANCE.crackdown, "crackdown", country.id);
      record(ctx, { track: "enforcement", country: country.id, delta: 0, cause: "crackdown-started", params: { until: country.crackdownUntil } });
      return;
    case "entityList":
      applyListing(ctx, country);
      aggrieve(ctx, GRIEVANCE.entityList, "entity-listing", country.id);
      return;
    case "intelligence":
      gatherIntelligence(ctx, country);
      return;
    case "audit":
      audit(ctx, country);
      return;
  }
}

/** Offers the player could afford in principle (used by bots and to grey out buttons). */
export function canNegotiate(state: GameState, id: string): boolean {
  const action: Action = { type: "offer", country: id, terms: { chips: 0, investment: 0, tariffCut: 0, enforcementCooperation: false, conditions: { kyc: false, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: false, onSiteAudits: false } } };
  return checkAction(state, action) === null;
}

