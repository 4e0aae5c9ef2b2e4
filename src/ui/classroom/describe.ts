// Actions and replies in words, for the viewer, the review and the debrief's turn by turn.
import type { Action, GameState } from "../../core";
import type { ReportDecision } from "../../core";
import { nameOf } from "../panels/countryFacts";
import { describeReason, describeTerms } from "../panels/terms";
import { ct } from "./strings";

export function describeAction(state: GameState, action: Action): string {
  switch (action.type) {
    case "offer":
      return ct("action.offer", { country: nameOf(state, action.country), terms: describeTerms(action.terms) });
    case "acceptCounter":
    case "walkAway":
    case "suspendDeal":
    case "crackdown":
    case "entityList":
      return ct(`action.${action.type}`, { country: nameOf(state, action.country) });
    case "licence":
      return ct(action.decision === "approve" ? "action.licence.approve" : "action.licence.deny", { id: action.id });
    case "briefCongress":
      return ct("action.briefCongress");
    case "endTurn":
      return ct("action.endTurn");
  }
}

/** The counterpart's answer to an offer, with its reasons. */
export function describeReply(state: GameState, decision: ReportDecision): string | null {
  const reply = decision.reply;
  if (!reply || decision.action.type !== "offer") return null;
  const country = nameOf(state, decision.action.country);
  const why = reply.reasons.length ? ` (${reply.reasons.map((r) => describeReason(state, r).replace(/\.$/, "")).join("; ")})` : "";
  if (reply.reply === "counter") return ct("reply.counter", { country, terms: reply.terms ? describeTerms(reply.terms) : "" }) + why;
  return ct(reply.reply === "accept" ? "reply.accept" : "reply.walkAway", { country }) + why;
}

/** A month's actions in one line, the closing "ended the month" left out. */
export function describeActions(state: GameState, actions: readonly Action[]): string {
  const shown = actions.filter((a) => a.type !== "endTurn").map((a) => describeAction(state, a));
  return shown.length ? shown.join("; ") : ct("viewer.noDecisions");
}
