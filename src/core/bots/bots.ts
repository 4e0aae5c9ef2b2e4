// The named bots: idle, hawk, dealmaker, balanced and random.
import { checkAction } from "../actions";
import { exposureOf } from "../leakage";
import { stream } from "../rng";
import { CONDITIONS } from "../scenario/schema";
import type { Action, GameState, Terms } from "../state";
import { perMille } from "../math";
import { botFromStrategy, NO_CONDITIONS, type Bot } from "./strategy";
import { findProfile } from "../shipments";
import { STANCES, withDilemmas } from "./dilemmaAnswers";

const idle: Bot = { name: "idle", description: "Does nothing: ends every turn. The baseline that should never win.", decide: () => ({ type: "endTurn" }) };

const dealmaker = botFromStrategy({
  name: "dealmaker",
  description: "Sells to everyone who will buy, for investment pledges; light conditions; approves every licence it may.",
  opening: (_state, country, profile) => ({
    chips: country.demand,
    investment: perMille(profile.investmentCapacity, 450),
    tariffCut: perMille(profile.tariffRoom, 350),
    enforcementCooperation: false,
    conditions: { ...NO_CONDITIONS, kyc: true },
  }),
  acceptable: (_state, counter) => counter.investment > 0 || counter.tariffCut > 0 || counter.chips > 0,
  licence: () => "approve",
  // Even a dealmaker knows to calm Congress down.
  other: (state) => (state.tracks.hawkishness > 60 && state.tracks.politicalCapital >= 10 ? { type: "briefCongress" } : null),
});

const hawk = botFromStrategy({
  name: "hawk",
  description: "Security first: deals only with low-risk partners under every safeguard, denies risky licences, cracks down on hubs.",
  opening: (_state, country, profile) => exposureOf(country) > 350 ? null : ({
    chips: perMille(country.demand, 700),
    investment: perMille(profile.investmentCapacity, 250),
    tariffCut: perMille(profile.tariffRoom, 200),
    enforcementCooperation: true,
    conditions: { kyc: true, noAdversaryHardware: true, usManagedDatacenters: false, locationVerification: true, onSiteAudits: true },
  }),
  acceptable: (_state, counter) => counter.conditions.locationVerification && counter.conditions.kyc,
  licence: (state, request, profile) => {
    const country = state.countries[request.country];
    return !profile.adversary && country !== undefined && exposureOf(country) < 300 ? "approve" : "deny";
  },
  other: (state) => {
    const hub = worstUnwatchedHub(state);
    if (hub && state.tracks.politicalCapital > 25) return { type: "crackdown", country: hub };
    if (state.tracks.hawkishness > 60 && state.tracks.politicalCapital > 15 && !state.briefedThisTurn) return { type: "briefCongress" };
    return null;
  },
});

/** Conditions scaled to a destination's exposure: what a careful negotiator asks for. */
export function safeguardsFor(exposure: number): Terms["conditions"] {
  return {
    kyc: exposure >= 150,
    noAdversaryHardware: exposure >= 350,
    locationVerification: exposure >= 250,
    onSiteAudits: exposure >= 450,
    usManagedDatacenters: exposure >= 600,
  };
}

const balanced = botFromStrategy({
  name: "balanced",
  description: "Trades chips for investment with safeguards scaled to each destination's risk; approves low-risk licences; briefs Congress and cracks down when it must.",
  opening: (_state, country, profile) => {
    const exposure = exposureOf(country);
    return {
      chips: exposure >= 550 ? perMille(country.demand, 750) : country.demand,
      investment: perMille(profile.investmentCapacity, 350),
      tariffCut: perMille(profile.tariffRoom, 300),
      enforcementCooperation: exposure >= 400,
      conditions: safeguardsFor(exposure),
    };
  },
  acceptable: (_state, counter, opening) => {
    // Keep the safeguards that matter; give on money.
    return (!opening.conditions.locationVerification || counter.conditions.locationVerification) && counter.chips <= opening.chips * 2;
  },
  licence: (state, request, profile) => {
    const country = state.countries[request.country];
    return !profile.adversary && country !== undefined && exposureOf(country) < 450 ? "approve" : "deny";
  },
  other: (state) => {
    if (state.tracks.hawkishness > 55 && state.tracks.politicalCapital > 20 && !state.briefedThisTurn) return { type: "briefCongress" };
    for (const country of Object.values(state.countries)) {
      if (country.deal && country.lastDetectedTurn === state.turn - 1 && country.divertedDetected > 20_000) return { type: "suspendDeal", country: country.id };
    }
    const hub = worstUnwatchedHub(state);
    if (hub && state.tracks.politicalCapital > 40) return { type: "crackdown", country: hub };
    return null;
  },
});

/** The riskiest hub without a crackdown, if no crackdown is under way anywhere: one at a time. */
function worstUnwatchedHub(state: GameState): string | null {
  if (Object.values(state.countries).some((c) => c.crackdownUntil > state.turn)) return null;
  let best: { id: string; exposure: number } | null = null;
  for (const profile of state.scenario.countries) {
    const country = state.countries[profile.id];
    if (!country || profile.adversary || country.crackdownUntil > state.turn || country.demand === 0) continue;
    const exposure = exposureOf(country);
    if (exposure >= 500 && (!best || exposure > best.exposure)) best = { id: profile.id, exposure };
  }
  return best?.id ?? null;
}

/** Random legal play, seeded: the yardstick a thoughtful strategy must clearly beat. */
const random: Bot = {
  name: "random",
  description: "Picks a random legal action each time (seeded); ends the turn a quarter of the time.",
  decide(state) {
    const rng = stream(state.seed, "bot", `random/${state.actionsThisTurn}`, state.turn);
    if (state.actionsThisTurn >= 12 || rng.int(4) === 0) return { type: "endTurn" };
    const ids = state.scenario.countries.map((c) => c.id);
    const country = ids[rng.int(ids.length)] ?? "";
    const demand = state.countries[country]?.demand ?? 0;
    const profile = findProfile(state, country);
    const conditions = { ...NO_CONDITIONS };
    for (const c of CONDITIONS) conditions[c] = rng.int(2) === 0;
    const candidates: Action[] = [
      { type: "offer", country, terms: { chips: rng.int(demand + 1), investment: rng.int((profile?.investmentCapacity ?? 0) + 1), tariffCut: rng.int((profile?.tariffRoom ?? 0) + 1), enforcementCooperation: rng.int(2) === 0, conditions } },
      { type: "acceptCounter", country },
      { type: "walkAway", country },
      { type: "crackdown", country },
      { type: "entityList", country },
      { type: "suspendDeal", country },
      { type: "briefCongress" },
      ...state.licences.map((l): Action => ({ type: "licence", id: l.id, decision: rng.int(2) === 0 ? "approve" : "deny" })),
    ];
    const legalOnes = candidates.filter((a) => checkAction(state, a) === null);
    return legalOnes[rng.int(legalOnes.length)] ?? { type: "endTurn" };
  },
};

export const BOTS: Record<string, Bot> = {
  idle,
  hawk: withDilemmas(hawk, STANCES.hawk),
  dealmaker: withDilemmas(dealmaker, STANCES.dealmaker),
  balanced: withDilemmas(balanced, (state) => state.scenario.scoring.weights),
  random,
};
export const BOT_NAMES = Object.keys(BOTS);
