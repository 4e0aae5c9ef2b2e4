// Dilemmas: events that ask the player for a choice. Each has two or three options with declarative
// effects and a consequence text, a deadline in months and a default that applies if the player does not
// answer in time. Answering is an action (answerDilemma); silence is a choice too.
import { record, type StepContext } from "./context";
import { applyEffect } from "./events";
import { exposureOf } from "./leakage";
import { PER_MILLE } from "./math";
import { ignored, optionsOf } from "./deals";
import type { EventEffect, ScenarioEvent } from "./scenario/schema";
import { findProfile } from "./shipments";
import type { CountryState, Deal, GameState, OpenDilemma, Terms } from "./state";
import { diversionRatePm, riskFactors } from "./leakage";
import { mulDiv } from "./math";
import { revenueOf } from "./shipments";
import type { Condition } from "./scenario/schema";

/** An answer to a decision: a scenario dilemma's option or a generated one (only the id and effects matter to the rules). */
export interface DecisionOption { id: string; effects: readonly EventEffect[] }

export function dilemmaEvent(state: GameState, id: string): ScenarioEvent | undefined {
  return state.scenario.events.find((e) => e.id === id && e.choice !== undefined);
}

export function openDilemma(ctx: StepContext, event: ScenarioEvent): void {
  if (!event.choice) return;
  // Fired while month `turn` is resolved, it is asked from the next month on, for `deadline` months.
  const deadlineTurn = ctx.state.turn + event.choice.deadline;
  ctx.state.dilemmas.push({ event: event.id, openedTurn: ctx.state.turn + 1, deadlineTurn });
  ctx.events.push({ type: "dilemma", eventId: event.id, deadlineTurn });
}

/** Applies an option's effects and closes the dilemma. */
export function answerDilemma(ctx: StepContext, open: OpenDilemma, option: DecisionOption, byDefault: boolean): void {
  const state = ctx.state;
  state.dilemmas = state.dilemmas.filter((d) => d.event !== open.event);
  state.dilemmaAnswers.push({ event: open.event, option: option.id, turn: state.turn, byDefault });
  ctx.events.push({ type: "dilemmaAnswered", eventId: open.event, option: option.id, byDefault });
  const about: Record<string, string> = open.generated ? { kind: open.generated.kind, country: open.generated.country } : {};
  record(ctx, { track: "dilemma", delta: 0, cause: byDefault ? "dilemma-default" : "dilemma-answered", params: { event: open.event, option: option.id, ...about }, ...(open.generated ? { country: open.generated.country } : {}) });
  for (const effect of option.effects) applyEffect(ctx, effect, "dilemma-effect", { event: open.event, option: option.id, ...about });
  if (byDefault) ignored(ctx, open);
}

/** At the end of a month, dilemmas whose deadline is this month and that are still open take their default. */
export function applyDefaults(ctx: StepContext): void {
  for (const open of ctx.state.dilemmas.slice()) {
    if (open.deadlineTurn > ctx.state.turn) continue;
    // An earlier default may have closed it (a suspended deal closes its renewal).
    if (!ctx.state.dilemmas.some((d) => d.event === open.event)) continue;
    const choice = optionsOf(ctx.state, open);
    const option = choice?.options.find((o) => o.id === choice.default) ?? choice?.options[0];
    if (option) answerDilemma(ctx, open, option, true);
  }
}

/** The option `id` of an open decision (scenario dilemma or generated), or undefined. */
export function findOption(state: GameState, open: OpenDilemma, id: string): DecisionOption | undefined {
  return optionsOf(state, open)?.options.find((o) => o.id === id);
}

/** Standing licences shipping to a country this month. */
export function grantedChips(state: GameState, country: string): number {
  let chips = 0;
  for (const grant of state.grants) if (grant.country === country && grant.fromTurn <= state.turn && state.turn < grant.untilTurn) chips += grant.chips;
  return chips;
}

/** How much a bot cares about each objective, per-mille; the designed bots differ. */
export interface Stance { security: number; economy: number; alliances: number }

/**
 * A rough value of an option in score points (times 1000), from its effects alone: what a careful reader of
 * the consequence text would weigh. Bots use it to answer dilemmas; it is not the score itself.
 */
export function optionValue(state: GameState, option: DecisionOption, stance: Stance): number {
  const monthsLeft = Math.max(1, state.scenario.turns - state.turn);
  const price = state.scenario.globals.chipPrice;
  let security = 0;
  let economy = 0;
  let alliances = 0;
  for (const effect of option.effects) {
    if (effect.kind === "track") {
      const a = effect.add;
      switch (effect.track) {
        // Capital and Congress's mood matter more as capital runs short: a dismissed Secretary scores nothing.
        case "politicalCapital": { const scarce = a * (150 + Math.max(0, 50 - state.tracks.politicalCapital) * 40); security += scarce; economy += scarce; break; }
        case "hawkishness": security -= a * (120 + Math.max(0, state.tracks.hawkishness - 50) * 30); break;
        case "alliedTrust": alliances += a * 500; break;
        case "industryPressure": economy -= a * 150; break;
        case "usEnforcement": security += a * 200; break;
        case "alternativeMaturity": security -= a * 30; economy -= a * 30; break;
        case "adversaryCompute": security -= Math.floor(a / 30); break;
        case "rivalGrievance": economy -= a * 60; break;
        case "revenue": economy += Math.floor(a / 2); break;
        case "investment": economy += a * 20; break;
        default: break;
      }
      continue;
    }
    const profile = findProfile(state, effect.country);
    const country = state.countries[effect.country];
    if (!profile || !country) continue;
    if (effect.kind !== "grant" && effect.kind !== "country") {
      const v = dealEffectValue(state, effect, monthsLeft);
      security += v.security;
      economy += v.economy;
      alliances += v.alliances;
      continue;
    }
    if (effect.kind === "grant") {
      const months = Math.min(effect.months, monthsLeft);
      const chips = effect.chips * months;
      economy += Math.floor((chips * price) / 2000);
      // Chips to an adversary feed its compute; to a risky destination, some leak.
      const leaked = profile.adversary ? chips : Math.floor((chips * exposureOf(country)) / (PER_MILLE * 4));
      security -= Math.floor((leaked * (profile.adversary ? 1 : 4)) / 30);
      if (profile.adversary) security -= 3000;
      continue;
    }
    if (effect.field === "relations" && profile.ally) alliances += effect.add * 250;
    else if (effect.field === "relations") economy += effect.add * 60;
    else if (effect.field === "enforcement") security += Math.floor((effect.add * exposureOf(country)) / 40);
    else if (effect.field === "demand") economy += Math.floor((effect.add * price * monthsLeft) / 4000);
    else if (effect.field === "adversaryTies" || effect.field === "hubExposure") security -= effect.add * 8;
    else if (effect.field === "dependence") economy += effect.add * 5;
  }
  return Math.floor((security * stance.security + economy * stance.economy + alliances * stance.alliances) / PER_MILLE);
}

type DealEffect = Exclude<EventEffect, { kind: "track" | "country" | "grant" }>;
interface Parts { security: number; economy: number; alliances: number }

/**
 * What a country's chips are worth over `months` (score points times 1000, as optionValue): revenue, and
 * the leakage expected at its exposure under these terms honoured at `compliance` (no deal: its baseline
 * access, unguarded).
 */
function flow(state: GameState, country: CountryState, terms: Terms | null, compliance: number, months: number): Parts {
  const profile = findProfile(state, country.id);
  if (!profile || months <= 0) return { security: 0, economy: 0, alliances: 0 };
  const baseline = mulDiv(profile.baselineAccess, country.demand, PER_MILLE);
  const chips = terms ? Math.max(baseline, Math.min(country.demand, terms.chips)) : baseline;
  const deal: Deal | null = terms && country.deal ? { ...country.deal, terms, compliance } : null;
  const rate = diversionRatePm(state.scenario.globals.maxLeakRate, riskFactors(state, { ...country, deal }, Math.max(1, chips)));
  const leaked = mulDiv(chips, rate, PER_MILLE) * months;
  return { economy: Math.floor((revenueOf(state, chips) * months) / 2), security: -Math.floor((leaked * 60_000) / state.scenario.scoring.leakageReference), alliances: 0 };
}

const minus = (a: Parts, b: Parts): Parts => ({ security: a.security - b.security, economy: a.economy - b.economy, alliances: a.alliances - b.alliances });

function withConditionsChanged(terms: Terms, add: readonly Condition[], drop: readonly Condition[]): Terms {
  const conditions = { ...terms.conditions };
  for (const c of add) conditions[c] = true;
  for (const c of drop) conditions[c] = false;
  return { ...terms, conditions };
}

/**
 * A rough value of an effect on a deal, against the deal as it stands (or, for a renewal, against letting it
 * run out): the chips and leakage of the months it covers (flow), the pledge kept or lost, the capital spent.
 */
function dealEffectValue(state: GameState, effect: DealEffect, monthsLeft: number): Parts {
  const country = state.countries[effect.country];
  const profile = findProfile(state, effect.country);
  const deal = country?.deal;
  if (!country || !profile || !deal) return { security: 0, economy: 0, alliances: 0 };
  const remaining = Math.min(monthsLeft, Math.max(0, deal.endTurn - state.turn));
  const current = flow(state, country, deal.terms, deal.compliance, remaining);
  const unpaid = (deal.pledge - deal.paid) * 20;
  switch (effect.kind) {
    case "renew": {
      const months = Math.min(effect.months, monthsLeft);
      const terms = withConditionsChanged({ ...deal.terms, chips: effect.chips ?? deal.terms.chips }, effect.add, effect.drop);
      const gain = minus(flow(state, country, terms, PER_MILLE, months), flow(state, country, null, PER_MILLE, months));
      return { security: gain.security, economy: gain.economy + unpaid, alliances: profile.ally ? 1500 : 0 };
    }
    case "lapse":
      return { security: 0, economy: 0, alliances: profile.ally ? -1500 : 0 };
    case "suspend": {
      const lost = minus(current, flow(state, country, null, PER_MILLE, remaining));
      return { security: -lost.security + 500, economy: -lost.economy - unpaid, alliances: profile.ally ? -1500 : 0 };
    }
    case "tighten":
      return minus(flow(state, country, withConditionsChanged(deal.terms, effect.add, []), PER_MILLE, remaining), current);
    case "waive":
      return minus(flow(state, country, withConditionsChanged(deal.terms, [], effect.drop), deal.compliance, remaining), current);
    case "allocation": {
      const v = minus(flow(state, country, { ...deal.terms, chips: Math.max(0, deal.terms.chips + effect.chips) }, deal.compliance, remaining), current);
      return { ...v, economy: v.economy + (effect.investment ?? 0) * 20 };
    }
    case "compliance":
      return minus(flow(state, country, deal.terms, Math.max(0, Math.min(PER_MILLE, deal.compliance + effect.add)), remaining), current);
  }
}

/** The option a bot with this stance picks for an open dilemma (ties go to the default). */
export function preferredOption(state: GameState, open: OpenDilemma, stance: Stance): string | null {
  const choice = optionsOf(state, open);
  if (!choice) return null;
  let best = choice.default;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const option of choice.options) {
    const value = optionValue(state, option, stance) + (option.id === choice.default ? 1 : 0);
    if (value > bestValue) { best = option.id; bestValue = value; }
  }
  return best;
}
