// Deals over time. A deal runs for a term (months, which the countries have preferences over); a month
// before it ends the country asks to renew, on terms that reflect what happened since (demand growth, how
// well the safeguards were honoured, relations, a rival offer on its table), and letting it lapse is a
// choice with consequences. Its safeguards erode unless audited every month (political capital); eroded
// safeguards leak more and let violations through, and a detected violation asks: suspend, tighten or look
// away. Countries come to the player too: a partner wants a larger allocation for a new campus, a hub asks
// for an exemption, an ally complains about another's lax deal. All of these are generated decisions: open
// dilemmas with their own options (declarative effects), a deadline and a default (dilemmas.ts).
import { changeCountry, changeTrack, countryOf, record, type StepContext } from "./context";
import { exposureOf } from "./leakage";
import { mulDiv, PER_MILLE } from "./math";
import { standingRivalOffer } from "./negotiation";
import { economicsOnSuspension } from "./pledges";
import { stream } from "./rng";
import { CONDITIONS, DEFAULT_TERM, type Condition, type EventEffect, type ScenarioCountry } from "./scenario/schema";
import { revenueOf } from "./shipments";
import type { CountryState, Deal, GameState, GeneratedDecision, GeneratedKind, GeneratedOption, OpenDilemma, Terms } from "./state";

/** Bounds of a deal's term in an offer, months. */
export const TERM_BOUNDS = { min: 3, max: 36 } as const;
/** Utility (per-mille) a country loses for each month a term is away from the one it prefers, at most 150. */
export const TERM_UTILITY = { perMonth: 12, max: 150 } as const;

/**
 * Compliance: each month unaudited, a deal's safeguards lose `base` + exposure / `exposureDivisor` per-mille
 * (a re-export hub's erode fastest), more under a rival's pull and with sour relations; an audit (1 political
 * capital) holds them and wins back `recover`. Lost compliance is otherwise regained only by tightening or
 * renewing. Erosion alone never takes them below `floor` (the hardware and the paperwork stay); looking away
 * from a violation can.
 */
export const COMPLIANCE = { base: 10, exposureDivisor: 16, rivalPull: 40, sourBelow: 40, sour: 30, recover: 20, auditCost: 1, floor: 500 } as const;
/** Below `below` per-mille compliance an unaudited deal may see a violation: chance (below - compliance) x (200 + exposure) / 2000 per-mille. */
export const VIOLATION = { below: 750, chipsDivisor: 5 } as const;
/** Relations a country loses when its deal runs out unrenewed, and what the default answer (silence) costs on top. */
export const LAPSE = { relations: 6, allyTrust: 2 } as const;
export const IGNORED_RELATIONS = 2;
/** Chance per-mille that a country brings a request in a month (from the second month). */
export const REQUEST_CHANCE = 650;

const INTRUSIVE: Condition[] = ["usManagedDatacenters", "onSiteAudits", "locationVerification"];

export function preferredTerm(profile: ScenarioCountry): number {
  return profile.preferredTerm ?? DEFAULT_TERM;
}

/** The term of an offer: its own, or the country's preferred term. */
export function termOf(terms: Terms, profile: ScenarioCountry): number {
  return terms.months ?? preferredTerm(profile);
}

/** What a term away from its preference costs the country, per-mille of utility. */
export function termCost(terms: Terms, profile: ScenarioCountry): number {
  return Math.min(TERM_UTILITY.max, Math.abs(termOf(terms, profile) - preferredTerm(profile)) * TERM_UTILITY.perMonth);
}

export function hasSafeguards(terms: Terms): boolean {
  return CONDITIONS.some((c) => terms.conditions[c]);
}

/** A new deal's lifecycle fields: its term runs from the month it is signed. */
export function dealClock(state: GameState, country: CountryState, months: number): Pick<Deal, "endTurn" | "compliance" | "auditedTurn" | "violations" | "demandAtSigning"> {
  return { endTurn: state.turn + months, compliance: PER_MILLE, auditedTurn: -1, violations: 0, demandAtSigning: Math.max(1, country.demand) };
}

/** Why an audit is not possible now, or null. */
export function auditProblem(state: GameState, country: CountryState): string | null {
  if (!country.deal) return `no deal with ${country.id} is in force`;
  if (!hasSafeguards(country.deal.terms)) return `${country.id}'s deal has no safeguards to audit`;
  if (country.deal.auditedTurn === state.turn) return `${country.id}'s safeguards were already audited this month`;
  if (state.tracks.politicalCapital < COMPLIANCE.auditCost) return `an audit costs ${COMPLIANCE.auditCost} political capital`;
  return null;
}

export function audit(ctx: StepContext, country: CountryState): void {
  if (!country.deal) return;
  country.deal = { ...country.deal, auditedTurn: ctx.state.turn };
  changeTrack(ctx, "politicalCapital", -COMPLIANCE.auditCost, "audit", {}, country.id);
}

/** Per-mille of compliance an unaudited deal loses this month, and why. */
export function erosionOf(state: GameState, country: CountryState): { erosion: number; reasons: string[] } {
  const reasons: string[] = [];
  const exposure = exposureOf(country);
  let erosion = COMPLIANCE.base + Math.floor(exposure / COMPLIANCE.exposureDivisor);
  if (exposure >= 500) reasons.push("high-exposure");
  if (standingRivalOffer(state, country)) { erosion += COMPLIANCE.rivalPull; reasons.push("rival-offer"); }
  if (country.relations < COMPLIANCE.sourBelow) { erosion += COMPLIANCE.sour; reasons.push("sour-relations"); }
  return { erosion, reasons };
}

function setDeal(country: CountryState, change: Partial<Deal>): Deal | null {
  if (!country.deal) return null;
  country.deal = { ...country.deal, ...change };
  return country.deal;
}

function withConditions(terms: Terms, add: readonly Condition[], drop: readonly Condition[]): Terms {
  const conditions = { ...terms.conditions };
  for (const c of add) conditions[c] = true;
  for (const c of drop) conditions[c] = false;
  return { ...terms, conditions };
}

type DealEffect = Extract<EventEffect, { kind: "renew" | "lapse" | "suspend" | "tighten" | "waive" | "allocation" | "compliance" }>;

/** Applies an effect on a country's deal; nothing happens (and the ledger says nothing) without a deal in force. */
export function applyDealEffect(ctx: StepContext, effect: DealEffect, params: Record<string, string | number | boolean | string[]>): void {
  const state = ctx.state;
  if (!state.countries[effect.country]?.deal) return;
  const country = countryOf(ctx, effect.country);
  const deal = country.deal as Deal;
  switch (effect.kind) {
    case "renew": {
      const terms = withConditions({ ...deal.terms, chips: effect.chips ?? deal.terms.chips, months: effect.months }, effect.add, effect.drop);
      setDeal(country, { terms, endTurn: state.turn + effect.months, compliance: PER_MILLE, demandAtSigning: Math.max(1, country.demand) });
      record(ctx, { track: "deal", country: country.id, delta: terms.chips, cause: "deal-renewed", params: { ...params, months: effect.months, until: state.turn + effect.months } });
      removeDecisions(state, country.id, ["renewal"]);
      return;
    }
    case "lapse":
      // It runs to the end of its term; the consequences come when it ends (expireDeals).
      record(ctx, { track: "deal", country: country.id, delta: 0, cause: "deal-lapse-chosen", params: { ...params, until: deal.endTurn } });
      return;
    case "suspend":
      suspendForCause(ctx, country);
      return;
    case "tighten":
      setDeal(country, { terms: withConditions(deal.terms, effect.add, []), compliance: PER_MILLE });
      record(ctx, { track: "deal", country: country.id, delta: 0, cause: "deal-tightened", params: { ...params, conditions: effect.add } });
      return;
    case "waive":
      setDeal(country, { terms: withConditions(deal.terms, [], effect.drop) });
      record(ctx, { track: "deal", country: country.id, delta: 0, cause: "deal-tightened", params: { ...params, waived: effect.drop } });
      return;
    case "allocation": {
      const chips = Math.max(0, deal.terms.chips + effect.chips);
      const investment = effect.investment ?? 0;
      setDeal(country, { terms: { ...deal.terms, chips, investment: deal.terms.investment + investment }, pledge: deal.pledge + investment });
      record(ctx, { track: "deal", country: country.id, delta: chips - deal.terms.chips, cause: "allocation-changed", params: { ...params, chips, investment } });
      return;
    }
    case "compliance": {
      const before = deal.compliance;
      const after = Math.max(0, Math.min(PER_MILLE, before + effect.add));
      setDeal(country, { compliance: after });
      record(ctx, { track: "deal", country: country.id, delta: after - before, cause: "compliance-eroded", params: { ...params, compliance: after } });
      return;
    }
  }
}

/** A deal suspended for cause: as the player's suspendDeal after a detected diversion. */
function suspendForCause(ctx: StepContext, country: CountryState): void {
  if (!country.deal) return;
  economicsOnSuspension(ctx, country, country.deal);
  country.deal = null;
  removeDecisions(ctx.state, country.id, ["renewal", "violation", "campus", "exemption"]);
  ctx.events.push({ type: "dealSuspended", country: country.id, forCause: true });
  record(ctx, { track: "deal", country: country.id, delta: 0, cause: "deal-suspended-for-cause" });
  changeCountry(ctx, country, "relations", -5, "deal-suspended");
  changeTrack(ctx, "hawkishness", -8, "deal-suspended", {}, country.id);
}

/** Drops the open generated decisions of these kinds about a country (its deal changed under them). */
export function removeDecisions(state: GameState, country: string, kinds: readonly GeneratedKind[]): void {
  state.dilemmas = state.dilemmas.filter((d) => !d.generated || d.generated.country !== country || !kinds.includes(d.generated.kind));
}

function open(ctx: StepContext, decision: GeneratedDecision): void {
  const state = ctx.state;
  const id = `${decision.kind}/${decision.country}/${state.turn + 1}`;
  if (state.dilemmas.some((d) => d.event === id)) return;
  // Raised while month `turn` is resolved, it is asked next month and must be answered within it.
  const dilemma: OpenDilemma = { event: id, openedTurn: state.turn + 1, deadlineTurn: state.turn + 1, generated: decision };
  state.dilemmas.push(dilemma);
  ctx.events.push({ type: "dilemma", eventId: id, deadlineTurn: dilemma.deadlineTurn });
  record(ctx, { track: "dilemma", country: decision.country, delta: 0, cause: decision.kind === "renewal" ? "renewal-asked" : decision.kind === "violation" ? "violation-detected" : "request-made", params: { event: id, kind: decision.kind, ...(decision.about ? { about: decision.about } : {}) } });
}

const rel = (country: string, add: number): EventEffect => ({ kind: "country", country, field: "relations", add });

/** The renewal the country asks for: chips grown with its demand, and fewer safeguards if it has leverage or grievances. */
function renewalDecision(state: GameState, country: CountryState, profile: ScenarioCountry, deal: Deal): GeneratedDecision {
  const months = preferredTerm(profile);
  const grown = Math.min(country.demand, Math.max(deal.terms.chips, mulDiv(deal.terms.chips, country.demand, deal.demandAtSigning)));
  const rival = standingRivalOffer(state, country) !== null;
  const restless = rival || deal.compliance < 600 || country.relations < 40 || deal.violations > 0;
  const drop = restless ? INTRUSIVE.filter((c) => deal.terms.conditions[c]).slice(0, 1) : [];
  const missing = (["locationVerification", "onSiteAudits"] as Condition[]).filter((c) => !deal.terms.conditions[c]);
  const options: GeneratedOption[] = [
    { id: "their-terms", effects: [{ kind: "renew", country: country.id, months, chips: grown, drop, add: [] }, rel(country.id, 3)] },
  ];
  // Our terms (the old allocation, every safeguard kept and verification added) only if relations allow.
  if (country.relations >= 35) {
    options.push({ id: "our-terms", effects: [{ kind: "renew", country: country.id, months, chips: deal.terms.chips, drop: [], add: missing.slice(0, 1) }, rel(country.id, rival ? -8 : -4)] });
  }
  options.push({ id: "lapse", effects: [{ kind: "lapse", country: country.id }] });
  return {
    kind: "renewal", country: country.id, options, default: "lapse",
    params: { chips: grown, oldChips: deal.terms.chips, months, drop: drop.join(","), add: missing.slice(0, 1).join(","), until: deal.endTurn, compliance: deal.compliance, rival: rival ? 1 : 0 },
  };
}

function violationDecision(country: CountryState, deal: Deal, chips: number): GeneratedDecision {
  const missing = (["locationVerification", "onSiteAudits", "usManagedDatacenters"] as Condition[]).filter((c) => !deal.terms.conditions[c]);
  const tighten: EventEffect[] = missing.length > 0
    ? [{ kind: "tighten", country: country.id, add: missing.slice(0, 2) }]
    : [{ kind: "compliance", country: country.id, add: PER_MILLE }];
  return {
    kind: "violation", country: country.id, default: "look-away",
    options: [
      { id: "suspend", effects: [{ kind: "suspend", country: country.id }] },
      { id: "tighten", effects: [...tighten, rel(country.id, -4), { kind: "track", track: "politicalCapital", add: -2 }] },
      { id: "look-away", effects: [{ kind: "compliance", country: country.id, add: -150 }, rel(country.id, 1), { kind: "track", track: "alliedTrust", add: -2 }] },
    ],
    params: { chips, compliance: deal.compliance, add: missing.slice(0, 2).join(",") },
  };
}

/** Compliance drifts; unaudited deals below the threshold may see a violation, which is caught and asks for a decision. */
function driftCompliance(ctx: StepContext): void {
  const state = ctx.state;
  for (const profile of state.scenario.countries) {
    const current = state.countries[profile.id];
    if (!current?.deal || !hasSafeguards(current.deal.terms)) continue;
    const country = countryOf(ctx, profile.id);
    const deal = country.deal as Deal;
    if (deal.auditedTurn === state.turn) {
      const after = Math.min(PER_MILLE, deal.compliance + COMPLIANCE.recover);
      setDeal(country, { compliance: after });
      record(ctx, { track: "deal", country: country.id, delta: after - deal.compliance, cause: "compliance-held", params: { compliance: after } });
      continue;
    }
    const { erosion, reasons } = erosionOf(state, country);
    const after = Math.min(deal.compliance, Math.max(COMPLIANCE.floor, deal.compliance - erosion));
    setDeal(country, { compliance: after });
    record(ctx, { track: "deal", country: country.id, delta: after - deal.compliance, cause: "compliance-eroded", params: { compliance: after, reasons } });
    const chance = mulDiv(Math.max(0, VIOLATION.below - after), 200 + exposureOf(country), 2 * PER_MILLE);
    if (chance === 0 || !stream(state.seed, "violation", country.id, state.turn).chancePm(chance)) continue;
    // A breach caught by what is left of the safeguards: chips already diverted, found.
    // Chips shipped and in use are diverted: shipped = inUse + diverted still holds.
    const chips = Math.min(country.inUse, Math.max(1, mulDiv(Math.min(deal.terms.chips, country.demand), PER_MILLE - after, PER_MILLE * VIOLATION.chipsDivisor)));
    if (chips === 0) continue;
    setDeal(country, { violations: deal.violations + 1 });
    country.inUse -= chips;
    country.diverted += chips;
    country.divertedDetected += chips;
    country.lastDetectedTurn = state.turn;
    changeTrack(ctx, "leakageTrue", chips, "violation-detected", { compliance: after }, country.id);
    changeTrack(ctx, "leakageDetected", chips, "violation-detected", { compliance: after }, country.id);
    changeTrack(ctx, "adversaryCompute", chips, "diverted-chips", { compliance: after }, country.id);
    open(ctx, violationDecision(country, deal, chips));
  }
}

/** Deals whose term ends with this month lapse; those ending next month ask to renew. */
function termsRunOut(ctx: StepContext): void {
  const state = ctx.state;
  for (const profile of state.scenario.countries) {
    const current = state.countries[profile.id];
    if (!current?.deal) continue;
    // A term that ends with the game's last month simply ends with the game.
    if (current.deal.endTurn <= state.turn + 1 && state.turn + 1 < state.scenario.turns) {
      const country = countryOf(ctx, profile.id);
      const deal = country.deal as Deal;
      economicsOnSuspension(ctx, country, deal);
      country.deal = null;
      removeDecisions(state, country.id, ["renewal", "violation", "campus", "exemption"]);
      ctx.events.push({ type: "dealExpired", country: country.id });
      record(ctx, { track: "deal", country: country.id, delta: -deal.terms.chips, cause: "deal-expired", params: { signed: deal.signedTurn } });
      changeCountry(ctx, country, "relations", -LAPSE.relations, "deal-expired");
      if (profile.ally) changeTrack(ctx, "alliedTrust", -LAPSE.allyTrust, "deal-expired", {}, country.id);
      continue;
    }
    // Asked in the deal's last month (turn + 1), unless the game ends before the term does.
    if (current.deal.endTurn === state.turn + 2 && current.deal.endTurn < state.scenario.turns) {
      open(ctx, renewalDecision(state, current, profile, current.deal));
    }
  }
}

function lax(state: GameState, country: CountryState | undefined, profile: ScenarioCountry): boolean {
  return country?.deal !== null && country?.deal !== undefined && !profile.ally && !profile.adversary
    && !country.deal.terms.conditions.locationVerification && exposureOf(country) >= 400;
}

/** At most one country a month comes with a request: a campus allocation, an exemption, or an ally's complaint. */
function fileRequests(ctx: StepContext): void {
  const state = ctx.state;
  if (state.turn + 1 >= state.scenario.turns) return;
  const rng = stream(state.seed, "requests", "request", state.turn);
  if (!rng.chancePm(REQUEST_CHANCE)) return;
  const asked = new Set(state.dilemmas.map((d) => d.generated?.country).filter((c) => c !== undefined));
  const candidates: GeneratedDecision[] = [];
  const laxDeals = state.scenario.countries.filter((p) => lax(state, state.countries[p.id], p)).map((p) => p.id);
  for (const profile of state.scenario.countries) {
    const country = state.countries[profile.id];
    if (!country || profile.adversary || asked.has(profile.id)) continue;
    const deal = country.deal;
    if (deal && country.relations >= 40 && deal.endTurn > state.turn + 2 && country.demand > deal.terms.chips) {
      const extra = Math.max(100, Math.floor(Math.min(country.demand - deal.terms.chips, Math.max(500, deal.terms.chips / 4)) / 100) * 100);
      const investment = Math.floor(Math.max(0, profile.investmentCapacity - country.invested - (deal.pledge - deal.paid)) / 10);
      const options: GeneratedOption[] = [{ id: "grant", effects: [{ kind: "allocation", country: profile.id, chips: extra, investment }, rel(profile.id, 3)] }];
      if (!deal.terms.conditions.locationVerification) {
        options.push({ id: "grant-verified", effects: [{ kind: "allocation", country: profile.id, chips: extra, investment }, { kind: "tighten", country: profile.id, add: ["locationVerification"] }, rel(profile.id, 1)] });
      }
      options.push({ id: "decline", effects: [rel(profile.id, -3)] });
      candidates.push({ kind: "campus", country: profile.id, options, default: "decline", params: { chips: extra, investment, revenue: revenueOf(state, extra) } });
    }
    const strict = INTRUSIVE.slice(0, 2).filter((c) => deal?.terms.conditions[c]);
    if (deal && exposureOf(country) >= 400 && strict.length > 0 && deal.endTurn > state.turn + 2) {
      const waived = strict.slice(0, 1);
      candidates.push({
        kind: "exemption", country: profile.id, default: "deny",
        options: [{ id: "grant", effects: [{ kind: "waive", country: profile.id, drop: waived }, rel(profile.id, 5)] }, { id: "deny", effects: [rel(profile.id, -3)] }],
        params: { condition: waived.join(",") },
      });
    }
    if (profile.ally && laxDeals.length > 0) {
      const about = laxDeals[rng.int(laxDeals.length)] ?? "";
      candidates.push({
        kind: "complaint", country: profile.id, about, default: "dismiss",
        options: [
          { id: "tighten-other", effects: [{ kind: "tighten", country: about, add: ["locationVerification"] }, rel(about, -5), rel(profile.id, 3), { kind: "track", track: "alliedTrust", add: 2 }] },
          { id: "reassure", effects: [{ kind: "track", track: "politicalCapital", add: -2 }, rel(profile.id, 1)] },
          { id: "dismiss", effects: [rel(profile.id, -3), { kind: "track", track: "alliedTrust", add: -3 }] },
        ],
        params: { about },
      });
    }
  }
  const pick = candidates[rng.int(Math.max(1, candidates.length))];
  if (pick) open(ctx, pick);
}

/** The month's deal lifecycle, after shipments: compliance and violations, terms that run out, renewals, requests. */
export function dealsMonth(ctx: StepContext): void {
  driftCompliance(ctx);
  termsRunOut(ctx);
  fileRequests(ctx);
}

/** Silence on a country's own request or renewal costs a little more goodwill than a clear answer. */
export function ignored(ctx: StepContext, open: OpenDilemma): void {
  const g = open.generated;
  if (!g || g.kind === "violation" || !ctx.state.countries[g.country]) return;
  changeCountry(ctx, countryOf(ctx, g.country), "relations", -IGNORED_RELATIONS, "decision-ignored", { event: open.event });
}

/** The option of an open decision, scenario dilemma or generated. */
export function optionsOf(state: GameState, open: OpenDilemma): { options: { id: string; effects: EventEffect[] }[]; default: string } | null {
  if (open.generated) return { options: open.generated.options, default: open.generated.default };
  const choice = state.scenario.events.find((e) => e.id === open.event && e.choice !== undefined)?.choice;
  return choice ? { options: choice.options, default: choice.default } : null;
}

