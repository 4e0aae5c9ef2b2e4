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
      return t("reason.peerPrecedent", { peer: nounOf(state, reason.peer), issues: reason.issues.map((issue) => t(`issue.${issue}`)).join(", ") });
    case "deadline-reached":
      return t("reason.deadlineReached");
    case "below-reservation":
      return t("reason.belowReservation");
    case "beyond-capacity":
      return t("reason.beyondCapacity", { amount: formatBillions(reason.capacity) });
    case "beyond-tariff-room":
      return t("reason.beyondTariffRoom", { points: reason.room });
    case "insulted":
      return t("reason.insulted");
    case "reciprocates":
      return t("reason.reciprocates");
    case "repeated-offer":
      return t("reason.repeatedOffer");
    case "tougher-offer":
      return t("reason.tougherOffer");
    case "lost-patience":
      return t("reason.lostPatience");
    case "rival-offer":
      return t("reason.rivalOffer", { rival: nounOf(state, reason.rival) });
    case "us-deadline":
      return t("reason.usDeadline");
    case "prefers-term":
      return t("reason.prefersTerm", { months: reason.months });
  }
}
