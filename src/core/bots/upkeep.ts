// How the designed bots keep their deals up: every month, once their own moves are made, they audit the
// safeguards of the deals where eroding compliance would cost the most (risky destinations, large
// allocations), as long as political capital stays above a reserve. Renewals, violations and requests are
// answered with the other decisions (dilemmaAnswers.ts), by the value of each option's effects.
import { auditProblem, COMPLIANCE, hasSafeguards } from "../deals";
import { exposureOf } from "../leakage";
import { PER_MILLE } from "../math";
import type { Action, GameState, OpenDilemma } from "../state";

/** Political capital below which not even the month's first audit is made. */
const FIRST_AUDIT_RESERVE = 8;

/** Compliance (per-mille) below which a deal's safeguards are worth auditing. */
const AUDIT_FROM = 980;

/** Political capital a bot keeps in reserve before auditing, by how much it cares about security (per-mille). */
export function auditReserve(security: number): number {
  return security >= 600 ? 15 : security >= 300 ? 25 : 40;
}

/** The audit worth most this month (chips at risk: allocation x exposure), or null when none is affordable or worth it. */
export function auditAction(state: GameState, reserve: number): Action | null {
  // The month's first audit (the riskiest deal) is kept up even when capital runs low: it is the cheapest
  // insurance against the scandals an eroded hub deal brings.
  const first = !Object.values(state.countries).some((c) => c.deal?.auditedTurn === state.turn);
  if (state.tracks.politicalCapital < (first ? Math.min(reserve, FIRST_AUDIT_RESERVE) : reserve) + COMPLIANCE.auditCost) return null;
  let best: { id: string; weight: number } | null = null;
  for (const country of Object.values(state.countries)) {
    const deal = country.deal;
    // Fresh safeguards are left alone until they start to erode (the month deals are signed needs the capital).
    if (!deal || deal.compliance >= AUDIT_FROM || !hasSafeguards(deal.terms) || auditProblem(state, country) !== null) continue;
    const weight = Math.min(deal.terms.chips, country.demand) * (exposureOf(country) + 50);
    if (!best || weight > best.weight) best = { id: country.id, weight };
  }
  return best ? { type: "audit", country: best.id } : null;
}

/**
 * How a designed bot answers a decision the game raised, by its stance (security per-mille): renew deals
 * (on our terms with risky partners when it cares for security and relations allow), tighten a violated
 * deal while capital lasts (suspend a risky one otherwise), grant campus requests with verification,
 * refuse risky exemptions, and take allies' complaints seriously. Null: leave it to the option values.
 */
export function generatedAnswer(state: GameState, open: OpenDilemma, security: number): string | null {
  const g = open.generated;
  if (!g) return null;
  const country = state.countries[g.country];
  if (!country) return null;
  const has = (id: string) => g.options.some((o) => o.id === id);
  const exposure = exposureOf(country);
  const capital = state.tracks.politicalCapital;
  const careful = security >= 300;
  // Close to losing the lead, a bot that cares at all for security stops handing out chips and waiving
  // safeguards (it still renews and grants as its stance would).
  const nearLimit = PER_MILLE - state.tracks.usLead >= state.scenario.scoring.adversaryShareLimit - 40;
  const guarded = careful || (nearLimit && security > 0);
  switch (g.kind) {
    case "renewal":
      if (careful && exposure >= 300 && has("our-terms")) return "our-terms";
      return "their-terms";
    case "violation":
      if (capital >= 8) return "tighten";
      return guarded && exposure >= 400 ? "suspend" : "look-away";
    case "campus":
      if (guarded && exposure >= 600) return "decline";
      return has("grant-verified") && careful && exposure >= 200 ? "grant-verified" : "grant";
    case "exemption":
      return guarded && exposure >= 450 ? "deny" : "grant";
    case "complaint":
      if (careful) return "tighten-other";
      return capital >= 20 ? "reassure" : "dismiss";
  }
}
