// The scenario's event deck: triggers (a month window, conditions on the tracks, a chance per month) and
// declarative effects. Data only: a scenario file can never run code. An event with a choice is a dilemma:
// it opens a question the player answers before its deadline (see dilemmas.ts).
import { changeCountry, changeTrack, countryOf, record, type StepContext } from "./context";
import { applyDealEffect } from "./deals";
import { monthIndex } from "./calendar";
import { clamp } from "./math";
import { stream } from "./rng";
import type { EventCondition, EventEffect, ScenarioEvent } from "./scenario/schema";
import type { LedgerCause, LedgerEntry, Tracks } from "./state";

function holds(condition: EventCondition, tracks: Tracks): boolean {
  const value = tracks[condition.track];
  switch (condition.op) {
    case ">=": return value >= condition.value;
    case "<=": return value <= condition.value;
    case ">": return value > condition.value;
    case "<": return value < condition.value;
  }
}

export function eventDue(ctx: StepContext, event: ScenarioEvent, month: number): boolean {
  const s = ctx.state;
  if (s.firedEvents.includes(event.id)) return false;
  if (month < monthIndex(event.from) || month > monthIndex(event.to)) return false;
  if (!event.conditions.every((c) => holds(c, s.tracks))) return false;
  // A chance of 1000 fires on the first month the conditions hold; otherwise a keyed draw each month.
  return stream(s.seed, "events", event.id, s.turn).chancePm(event.probability);
}

/**
 * Applies one declarative effect. `cause` is "event" for news and "dilemma-effect" for a dilemma's answer;
 * country fields other than relations and enforcement get their own cause (event-demand...) for news.
 */
export function applyEffect(ctx: StepContext, effect: EventEffect, cause: "event" | "dilemma-effect", params: LedgerEntry["params"]): void {
  if (effect.kind === "track") {
    changeTrack(ctx, effect.track, effect.add, cause, params);
    return;
  }
  if (!ctx.state.countries[effect.country]) return;
  if (effect.kind !== "grant" && effect.kind !== "country") {
    applyDealEffect(ctx, effect, params ?? {});
    return;
  }
  const country = countryOf(ctx, effect.country);
  if (effect.kind === "grant") {
    const turn = ctx.state.turn;
    // Granted during a month's resolution (news), it ships from the next month; answered during a month, from this one.
    const fromTurn = cause === "event" ? turn + 1 : turn;
    ctx.state.grants.push({ country: country.id, chips: effect.chips, fromTurn, untilTurn: fromTurn + effect.months, event: String(params?.event ?? "") });
    record(ctx, { track: "licence", country: country.id, delta: effect.chips, cause, params: { ...params, months: effect.months } });
    return;
  }
  if (effect.field === "relations" || effect.field === "enforcement") {
    changeCountry(ctx, country, effect.field, effect.add, cause, params);
    return;
  }
  const max = effect.field === "demand" ? Number.MAX_SAFE_INTEGER : 1000;
  const before = country[effect.field];
  country[effect.field] = clamp(before + effect.add, 0, max);
  const fieldCause: LedgerCause = cause === "event" ? `event-${effect.field}` : cause;
  record(ctx, { track: "event", country: country.id, delta: country[effect.field] - before, cause: fieldCause, params: { ...params, field: effect.field } });
}

/** Fires the events due this month, in deck order; a dilemma opens its question. */
export function runEvents(ctx: StepContext, month: number, openDilemma: (ctx: StepContext, event: ScenarioEvent) => void): void {
  for (const event of ctx.state.scenario.events) {
    if (!eventDue(ctx, event, month)) continue;
    ctx.state.firedEvents.push(event.id);
    ctx.events.push({ type: "news", eventId: event.id });
    record(ctx, { track: "event", delta: 0, cause: "news", params: { event: event.id, hypothetical: event.hypothetical } });
    for (const effect of event.effects) applyEffect(ctx, effect, "event", { event: event.id });
    if (event.choice) openDilemma(ctx, event);
  }
}
