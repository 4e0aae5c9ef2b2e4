// Actions and replies in words, for the viewer, the review and the debrief's turn by turn.
import type { Action, GameState } from "../../core";
import type { ReportDecision } from "../../core";
import { localized } from "../../i18n";
import { nameOf, nounOf } from "../panels/countryFacts";
import { describeReason, describeTerms } from "../panels/terms";
import { ct } from "./strings";

export function describeAction(state: GameState, action: Action): string {
  switch (action.type) {
    case "offer":
      return ct("action.offer", { country: nounOf(state, action.country), terms: describeTerms(action.terms).replace(/\.$/, "") });
    case "acceptCounter":
    case "walkAway":
    case "suspendDeal":
    case "crackdown":
    case "entityList":
    case "intelligence":
    case "audit":
      return ct(`action.${action.type}`, { country: nounOf(state, action.country) });
    case "licence":
      return ct(action.decision === "approve" ? "action.licence.approve" : "action.licence.deny", { id: action.id });
    case "briefCongress":
      return ct("action.briefCongress");
    case "endTurn":
      return ct("action.endTurn");
    case "answerDilemma": {
      // The option as the player read it (its label), not its id.
      const event = state.scenario.events.find((e) => e.id === action.event);
      const option = event?.choice?.options.find((o) => o.id === action.option);
      return ct("action.answerDilemma", { event: localized(event?.title) || action.event, option: localized(option?.label) || action.option });
    }
  }
}

/** The counterpart's answer to an offer, with its reasons. */
export function describeReply(state: GameState, decision: ReportDecision): string | null {
  const reply = decision.reply;
  if (!reply || decision.action.type !== "offer") return null;
  const who = nounOf(state, decision.action.country);
  const why = reply.reasons.length ? ` (${reply.reasons.map((r) => describeReason(state, r).replace(/\.$/, "")).join("; ")})` : "";
  if (reply.reply === "counter") return ct("reply.counter", { country: who, terms: reply.terms ? describeTerms(reply.terms).replace(/\.$/, "") : "" }) + why;
  return ct(reply.reply === "accept" ? "reply.accept" : "reply.walkAway", { country: who }) + why;
}

/** A month's actions in a line a class can read: offers and deals grouped by country, licences counted. */
export function describeActions(state: GameState, actions: readonly Action[]): string {
  const names = (ids: string[]) => [...new Set(ids)].map((id) => nameOf(state, id)).join(", ");
  const of = (type: Action["type"]) => actions.filter((a) => a.type === type);
  const countries = (type: Action["type"]) => of(type).map((a) => ("country" in a ? a.country : ""));
  const parts: string[] = [];
  if (of("offer").length) parts.push(ct("summary.offers", { count: of("offer").length, countries: names(countries("offer")) }));
  if (of("acceptCounter").length) parts.push(ct("summary.accepted", { countries: names(countries("acceptCounter")) }));
  if (of("walkAway").length) parts.push(ct("summary.walkedAway", { countries: names(countries("walkAway")) }));
  if (of("suspendDeal").length) parts.push(ct("summary.suspended", { countries: names(countries("suspendDeal")) }));
  if (of("crackdown").length) parts.push(ct("summary.crackdowns", { countries: names(countries("crackdown")) }));
  if (of("entityList").length) parts.push(ct("summary.listed", { countries: names(countries("entityList")) }));
  const licences = actions.filter((a): a is Extract<Action, { type: "licence" }> => a.type === "licence");
  if (licences.length) {
    const approved = licences.filter((l) => l.decision === "approve").length;
    parts.push(ct("summary.licences", { approved, denied: licences.length - approved }));
  }
  if (of("briefCongress").length) parts.push(ct("action.briefCongress"));
  for (const a of actions) if (a.type === "answerDilemma") parts.push(describeAction(state, a));
  return parts.length ? parts.join("; ") : ct("viewer.noDecisions");
}
