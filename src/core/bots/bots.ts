// The named bots: idle and random are the controls; hawk, dealmaker and balanced are each the best version
// of a stance we found, written as points of the parametric strategy family (parametric.ts).
import { checkAction } from "../actions";
import { stream } from "../rng";
import { CONDITIONS } from "../scenario/schema";
import type { Action } from "../state";
import { findProfile } from "../shipments";
import { parametricBot, type StrategyParams } from "./parametric";
import { NO_CONDITIONS, type Bot } from "./strategy";
import { STANCES, withDilemmas } from "./dilemmaAnswers";

export { safeguardsFor } from "./parametric";

const idle: Bot = { name: "idle", description: "Does nothing: ends every turn. The baseline that should never win.", decide: () => ({ type: "endTurn" }) };

/**
 * Security first, and patient: every safeguard and enforcement cooperation from everyone, few chips for
 * risky destinations, one offer a month that moves two thirds of the way to the counter, any counter taken
 * after three months; lists the two worst hubs and renews; denies licences to risky destinations.
 */
export const HAWK: StrategyParams = {
  chipsOpen: 450, chipsRisky: 500, riskyAt: 550, investOpen: 650, tariffOpen: 500, safeguards: 4, cooperationAt: 0,
  concedeStep: 650, yieldSafeguards: 0, offersPerMonth: 1, acceptWithin: 0, acceptAfter: 3, exposureCap: 1000, minGain: 150,
  startTurn: 0, stopTurn: 16, listAt: 600, renewListings: 1, listWithDeal: 1, licenceBelow: 200, briefAbove: 60, crackdownAbove: 50,
  intelFrom: 0, reserve: 35, renegotiateBelow: 400, suspendAbove: 30_000,
};

/** Every safeguard still, but more chips, quicker deals (two months) and licences for all but the riskiest. */
export const BALANCED: StrategyParams = {
  ...HAWK, chipsOpen: 900, chipsRisky: 900, cooperationAt: 300, acceptAfter: 2, licenceBelow: 600,
};

/**
 * Sells to every sizeable buyer: all the chips they want, large pledges, safeguards scaled to risk and dropped
 * when refused, every licence; keeps political capital in reserve and briefs Congress early to stay in office.
 */
export const DEALMAKER: StrategyParams = {
  ...HAWK, chipsOpen: 1000, chipsRisky: 1000, investOpen: 800, tariffOpen: 600, safeguards: 2, yieldSafeguards: 1, cooperationAt: 1001,
  concedeStep: 500, acceptAfter: 2, minGain: 1500, listAt: 1001, renewListings: 0, licenceBelow: 1001, briefAbove: 50, crackdownAbove: 101,
  reserve: 50, suspendAbove: 0,
};

const hawk = parametricBot("hawk", "Security first and patient: every safeguard from everyone, few chips for risky destinations, lists the worst hubs, denies risky licences.", HAWK);
const dealmaker = parametricBot("dealmaker", "Sells to everyone who will buy, for large pledges; light conditions, dropped when refused; approves every licence it may.", DEALMAKER);
const balanced = parametricBot("balanced", "Every safeguard, but generous with chips and quicker to close; approves all but the riskiest licences; briefs Congress and cracks down when it must.", BALANCED);

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
      { type: "intelligence", country },
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
/** The designed bots: each the best version of its stance. */
export const DESIGNED_BOTS = ["hawk", "dealmaker", "balanced"] as const;
