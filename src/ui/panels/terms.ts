// Deal terms in words, and the reasons a counterpart gives — shared by the negotiation panel, the turn
// report and the debrief.
import { CONDITIONS, type Terms, type ReplyReason, type GameState } from "../../core";
import { t, formatBillions, type MessageKey } from "../../i18n";
import { nounOf } from "./countryFacts";

export function conditionLabel(condition: string): string {
  return t(`condition.${condition}` as MessageKey);
}

export function describeTerms(terms: Terms): string {
  const conditions = CONDITIONS.filter((c) => terms.conditions[c]).map(conditionLabel);
  if (terms.enforcementCooperation) conditions.push(conditionLabel("enforcementCooperation"));
  return t("terms.summary", {
    chips: terms.chips,
    investment: formatBillions(terms.investment),
    tariff: terms.tariffCut,
    conditions: conditions.length ? conditions.join(", ") : t("terms.noConditions"),
  });
}

export function describeReason(state: GameState, reason: ReplyReason): string {
  switch (reason.code) {
    case "wants-more-chips":
      return t("reason.wantsMoreChips", { chips: reason.atLeast });
    case "investment-too-high":
      return t("reason.investmentTooHigh", { amount: formatBillions(reason.atMost) });
    case "tariff-too-high":
      return t("reason.tariffTooHigh", { points: reason.atMost });
    case "condition-unacceptable":
      return t("reason.conditionUnacceptable", { condition: conditionLabel(reason.condition) });
    case "peer-precedent":
      return t("reason.peerPrecedent", { peer: nounOf(state, reason.peer) });
    case "deadline-reached":
      return t("reason.deadlineReached");
    case "below-reservation":
      return t("reason.belowReservation");
  }
}
