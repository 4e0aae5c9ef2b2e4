// Scripted players. A bot is a pure function from state to its next action; the runner folds `step`
// over what it chooses, so bots play by exactly the rules a person does. The bots check the balance:
// a thoughtful strategy should beat random legal play, and doing nothing should never win.
import { canNegotiate, checkAction } from "../actions";

import { perMille } from "../math";
import { MAX_OFFERS_PER_TURN } from "../negotiation";
import type { ScenarioCountry } from "../scenario/schema";
import type { Action, ConditionSet, CountryState, GameState, LicenceRequest, Terms } from "../state";
import { findProfile } from "../shipments";

export interface Bot {
  name: string;
  description: string;
  decide(state: GameState): Action;
}

export const NO_CONDITIONS: ConditionSet = { kyc: false, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: false, onSiteAudits: false };

export interface Strategy {
  name: string;
  description: string;
  /** The opening terms for a country, or null to leave it alone. */
  opening(state: GameState, country: CountryState, profile: ScenarioCountry): Terms | null;
  /** Whether the country's counter-offer is good enough to sign. */
  acceptable(state: GameState, counter: Terms, opening: Terms, country: CountryState): boolean;
  licence(state: GameState, request: LicenceRequest, profile: ScenarioCountry): "approve" | "deny";
  /** Anything else worth doing this month (crackdowns, briefings, listings, suspensions), or null. */
  other(state: GameState): Action | null;
}

/** Meets the counter halfway on every number; keeps our conditions the counter kept. */
export function splitDifference(ours: Terms, theirs: Terms): Terms {
  const half = (a: number, b: number) => Math.floor((a + b) / 2);
  const conditions = { ...ours.conditions };
  return {
    chips: Math.max(half(ours.chips, theirs.chips), ours.chips),
    investment: half(ours.investment, theirs.investment),
    tariffCut: half(ours.tariffCut, theirs.tariffCut),
    enforcementCooperation: ours.enforcementCooperation,
    conditions,
  };
}

function lastOwnOffer(country: CountryState): Terms | null {
  const offers = country.negotiation?.offers ?? [];
  for (let i = offers.length - 1; i >= 0; i--) if (offers[i]?.by === "us") return offers[i]?.terms ?? null;
  return null;
}

const CAPITAL_RESERVE = 25;
/** Share of demand (per-mille) under which a deal's allocation is worth renegotiating. */
const RENEGOTIATE_BELOW = 750;

const legal = (state: GameState, action: Action): boolean => checkAction(state, action) === null;

export function botFromStrategy(strategy: Strategy): Bot {
  return {
    name: strategy.name,
    description: strategy.description,
    decide(state) {
      for (const request of state.licences) {
        if (request.decision !== "pending") continue;
        const profile = findProfile(state, request.country);
        if (!profile) continue;
        const action: Action = { type: "licence", id: request.id, decision: strategy.licence(state, request, profile) };
        if (legal(state, action)) return action;
        const deny: Action = { type: "licence", id: request.id, decision: "deny" };
        if (legal(state, deny)) return deny;
      }
      const other = strategy.other(state);
      if (other && legal(state, other)) return other;
      // Keep a reserve of political capital: a bot that spends it all in month one is no fair judge of balance.
      const reserve = state.tracks.politicalCapital < CAPITAL_RESERVE;
      for (const profile of state.scenario.countries) {
        const country = state.countries[profile.id];
        if (!country || !canNegotiate(state, profile.id)) continue;
        // A deal in force is reopened only once growing demand has left it well behind.
        if (country.deal && !country.negotiation && country.deal.terms.chips >= perMille(country.demand, RENEGOTIATE_BELOW)) continue;
        const opening = strategy.opening(state, country, profile);
        if (!opening) continue;
        const counter = country.negotiation?.counter;
        if (counter) {
          if (strategy.acceptable(state, counter, opening, country)) return { type: "acceptCounter", country: country.id };
          if (country.offersThisTurn >= MAX_OFFERS_PER_TURN) continue;
          const previous = lastOwnOffer(country) ?? opening;
          return { type: "offer", country: country.id, terms: splitDifference(previous, counter) };
        }
        if (country.offersThisTurn === 0 && !reserve) return { type: "offer", country: country.id, terms: opening };
      }
      return { type: "endTurn" };
    },
  };
}
