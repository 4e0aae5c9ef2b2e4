// Dilemmas: events that ask the player for a choice. Each has two or three options with declarative
// effects and a consequence text, a deadline in months and a default that applies if the player does not
// answer in time. Answering is an action (answerDilemma); silence is a choice too.
import { record, type StepContext } from "./context";
import { applyEffect } from "./events";
import { exposureOf } from "./leakage";
import { PER_MILLE } from "./math";
import type { ChoiceOption, ScenarioEvent } from "./scenario/schema";
import { findProfile } from "./shipments";
import type { GameState, OpenDilemma } from "./state";

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
export function answerDilemma(ctx: StepContext, open: OpenDilemma, option: ChoiceOption, byDefault: boolean): void {
  const state = ctx.state;
  state.dilemmas = state.dilemmas.filter((d) => d.event !== open.event);
  state.dilemmaAnswers.push({ event: open.event, option: option.id, turn: state.turn, byDefault });
  ctx.events.push({ type: "dilemmaAnswered", eventId: open.event, option: option.id, byDefault });
  record(ctx, { track: "dilemma", delta: 0, cause: byDefault ? "dilemma-default" : "dilemma-answered", params: { event: open.event, option: option.id } });
  for (const effect of option.effects) applyEffect(ctx, effect, "dilemma-effect", { event: open.event, option: option.id });
}

/** At the end of a month, dilemmas whose deadline is this month and that are still open take their default. */
export function applyDefaults(ctx: StepContext): void {
  for (const open of ctx.state.dilemmas.slice()) {
    if (open.deadlineTurn > ctx.state.turn) continue;
    const choice = dilemmaEvent(ctx.state, open.event)?.choice;
    const option = choice?.options.find((o) => o.id === choice.default) ?? choice?.options[0];
    if (option) answerDilemma(ctx, open, option, true);
  }
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
export function optionValue(state: GameState, option: ChoiceOption, stance: Stance): number {
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

/** The option a bot with this stance picks for an open dilemma (ties go to the default). */
export function preferredOption(state: GameState, open: OpenDilemma, stance: Stance): string | null {
  const choice = dilemmaEvent(state, open.event)?.choice;
  if (!choice) return null;
  let best = choice.default;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const option of choice.options) {
    const value = optionValue(state, option, stance) + (option.id === choice.default ? 1 : 0);
    if (value > bestValue) { best = option.id; bestValue = value; }
  }
  return best;
}
