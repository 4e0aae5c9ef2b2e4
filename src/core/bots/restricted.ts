// Restricted play (after Jaffe et al., "Evaluating Competitive Game Balance with Restricted Play", AIIDE
// 2012): degenerate strategies that must lose to the best designed bot. Each is the strongest version of its
// restriction we could write, some with knowledge no player has (the counterpart's hidden patience), so
// that their losing says something about the rules.
import { exposureOf } from "../leakage";
import { mulDiv, PER_MILLE } from "../math";
import type { Action, CountryState, GameState, Terms } from "../state";
import { findProfile } from "../shipments";
import type { Bot } from "./strategy";
import { BOTS } from "./bots";

const ALL_SAFEGUARDS = { kyc: true, noAdversaryHardware: true, usManagedDatacenters: true, locationVerification: true, onSiteAudits: true };

function balanced(): Bot {
  const bot = BOTS.balanced;
  if (!bot) throw new Error("internal: no balanced bot");
  return bot;
}

/** Countries worth a deal, biggest unmet demand first. */
function targets(state: GameState): string[] {
  return state.scenario.countries
    .filter((c) => !c.adversary && c.demand > 0)
    .map((c) => ({ id: c.id, gain: mulDiv(state.countries[c.id]?.demand ?? 0, PER_MILLE - c.baselineAccess, PER_MILLE) }))
    .sort((a, b) => b.gain - a.gain || (a.id < b.id ? -1 : 1))
    .map((c) => c.id);
}

/** The targets a bot may still bargain with this month: no deal yet, not cooling off after talks broke down. */
function openTargets(state: GameState): { id: string; country: CountryState }[] {
  return targets(state).flatMap((id) => {
    const country = state.countries[id];
    return country && !country.deal && country.cooldownUntil <= state.turn ? [{ id, country }] : [];
  });
}

/** Accepts any counter on the table, else sends one offer a month to each target that `termsFor` gives terms for. */
function offerEach(state: GameState, termsFor: (id: string, country: CountryState) => Terms | null): Action {
  for (const { id, country } of openTargets(state)) {
    if (country.negotiation?.counter) return { type: "acceptCounter", country: id };
    const terms = country.offersThisTurn === 0 ? termsFor(id, country) : null;
    if (terms) return { type: "offer", country: id, terms };
  }
  return { type: "endTurn" };
}

/** (a) At most ten actions in the game: five deals in the first month (offer, then accept the counter), then nothing. */
const tenActions: Bot = {
  name: "restricted-ten-actions",
  description: "(a) at most 10 actions: the five biggest deals in month one (offer, accept the counter), then ends every turn",
  decide(state) {
    if (state.turn > 0) return { type: "endTurn" };
    for (const id of targets(state).slice(0, 5)) {
      const country = state.countries[id];
      if (!country || country.deal) continue;
      if (country.negotiation?.counter) return { type: "acceptCounter", country: id };
      if (!country.negotiation && country.cooldownUntil <= state.turn) {
        const profile = findProfile(state, id);
        return { type: "offer", country: id, terms: { chips: country.demand, investment: mulDiv(profile?.investmentCapacity ?? 0, 300, PER_MILLE), tariffCut: mulDiv(profile?.tariffRoom ?? 0, 300, PER_MILLE), enforcementCooperation: false, conditions: { ...ALL_SAFEGUARDS, usManagedDatacenters: false, onSiteAudits: false, noAdversaryHardware: false } } };
      }
    }
    return { type: "endTurn" };
  },
};

/** The exploit: the hardest package, chips = demand, the whole capacity and every safeguard. */
function hardPackage(state: GameState, id: string): Terms {
  const country = state.countries[id];
  const profile = findProfile(state, id);
  return { chips: country?.demand ?? 0, investment: profile?.investmentCapacity ?? 0, tariffCut: profile?.tariffRoom ?? 0, enforcementCooperation: true, conditions: { ...ALL_SAFEGUARDS } };
}

/**
 * (b) Only identical repeated offers: the same hard package to each country, three times a month, until the
 * month before its (hidden, peeked) deadline, when it accepts the counter.
 */
const repeat: Bot = {
  name: "restricted-repeat",
  description: "(b) identical repeated offers: the same hard package thrice a month, the counter accepted just before the deadline",
  decide(state) {
    for (const { id, country } of openTargets(state)) {
      const talks = country.negotiation;
      const left = talks ? talks.startedTurn + country.hidden.patience - talks.patienceLost - state.turn : country.hidden.patience;
      if (talks?.counter && left <= 1) return { type: "acceptCounter", country: id };
      if (country.offersThisTurn < 3 && (!talks?.counter || left > 1)) return { type: "offer", country: id, terms: hardPackage(state, id) };
    }
    return { type: "endTurn" };
  },
};

/** (c) One package for all: the same terms to every country each month; counters accepted. */
const onePackage: Bot = {
  name: "restricted-one-package",
  description: "(c) the same package to every country (5,000 chips, $50B, 5 tariff points, KYC and location checks), counters accepted",
  decide(state) {
    const terms: Terms = { chips: 5000, investment: 50, tariffCut: 5, enforcementCooperation: false, conditions: { kyc: true, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: true, onSiteAudits: false } };
    return offerEach(state, (_, country) => (terms.chips <= Math.max(country.demand, 1) * 2 ? terms : null));
  },
};

/** (d) Acting only in the first three months: the balanced bot, then nothing. */
const early: Bot = {
  name: "restricted-early",
  description: "(d) plays the balanced bot in the first three months only, then ends every turn",
  decide: (state) => (state.turn < 3 ? balanced().decide(state) : { type: "endTurn" }),
};

/** The hubs: destinations whose exposure (adversary ties and re-export) is at least 450. */
export function hubsOf(state: GameState): string[] {
  return state.scenario.countries.filter((c) => {
    const country = state.countries[c.id];
    return !c.adversary && country !== undefined && exposureOf(country) >= 450;
  }).map((c) => c.id);
}

/** (e) Entity-list every hub in month one (renewing the listings), then play balanced. */
const listHubs: Bot = {
  name: "restricted-list-hubs",
  description: "(e) entity-lists every hub in month one and renews the listings, otherwise plays the balanced bot",
  decide(state) {
    for (const id of hubsOf(state)) {
      const country = state.countries[id];
      if (!country) continue;
      const due = (state.turn === 0 && !country.entityListed) || (country.entityListed && country.listedUntil - state.turn <= 1);
      if (due && state.tracks.politicalCapital >= 6) return { type: "entityList", country: id };
    }
    return balanced().decide(state);
  },
};

/** (f) Maximum asks on every issue: all chips it wants, but the largest pledge and tariff cut the form allows and every safeguard; counters accepted. */
const maxAsks: Bot = {
  name: "restricted-max-asks",
  description: "(f) maximum asks on every issue ($5,000B, 100 tariff points, every safeguard) each month, counters accepted",
  decide(state) {
    return offerEach(state, (id) => ({ ...hardPackage(state, id), investment: 5000, tariffCut: 100 }));
  },
};

export const RESTRICTED_BOTS: Record<string, Bot> = Object.fromEntries([tenActions, repeat, onePackage, early, listHubs, maxAsks].map((b) => [b.name, b]));


