// Guard rails for moves that cannot be taken back: the core runs the move on a copy of the state
// (previewAction) and this module words what would change, for a confirmation dialog or a button label.
import { previewAction, profileOf, type Action, type GameState } from "../../core";
import { t, formatPerMille, formatNumber } from "../../i18n";
import { confirmDialog } from "../dom";
import { formatDelta, trackLabel } from "./ledgerText";
import { nounOf } from "./countryFacts";

type Guarded = Extract<Action, { type: "suspendDeal" | "entityList" | "walkAway" | "crackdown" }>;

/** One line per changed quantity ("Relations with India −3"), then the country's leakage risk and shipments. */
export function consequenceLines(state: GameState, action: Guarded): string[] {
  const preview = previewAction(state, action);
  if (!preview.ok) return [];
  const totals = new Map<string, { label: string; entry: (typeof preview.changes)[number] }>();
  for (const entry of preview.changes) {
    if (entry.delta === 0 || ["deal", "negotiation", "event", "licence"].includes(entry.track)) continue;
    const label = entry.track === "relations" || entry.track === "enforcement"
      ? t("consequence.countryTrack", { track: trackLabel(entry.track), country: nounOf(state, entry.country ?? action.country) })
      : trackLabel(entry.track);
    const key = `${entry.track}|${entry.country ?? ""}`;
    const previous = totals.get(key);
    totals.set(key, { label, entry: previous ? { ...entry, delta: previous.entry.delta + entry.delta } : entry });
  }
  const lines = [...totals.values()].map(({ label, entry }) => `${label} ${formatDelta(entry)}`);
  const { riskBeforePm, riskAfterPm, shippedBefore, shippedAfter } = preview;
  if (shippedBefore !== null && shippedAfter !== null && shippedBefore !== shippedAfter) {
    lines.push(t("consequence.shipments", { country: nounOf(state, action.country), before: formatNumber(shippedBefore), after: formatNumber(shippedAfter) }));
  }
  if (riskBeforePm !== null && riskAfterPm !== null && riskBeforePm !== riskAfterPm) {
    lines.push(t("consequence.risk", { before: formatPerMille(riskBeforePm), after: formatPerMille(riskAfterPm) }));
  }
  return lines;
}

/** Asks before suspending a deal or listing entities; resolves true when the player confirms. */
export function confirmGuarded(state: GameState, action: Extract<Guarded, { type: "suspendDeal" | "entityList" }>): Promise<boolean> {
  const country = nounOf(state, action.country);
  const lines = consequenceLines(state, action);
  if (action.type === "suspendDeal") lines.push(t("consequence.suspendNote"));
  if (action.type === "entityList") {
    lines.push(t("consequence.entityPermanent"));
    if (profileOf(state, action.country).ally) lines.unshift(t("consequence.entityAlly", { country }));
  }
  return confirmDialog({
    title: t(action.type === "suspendDeal" ? "consequence.suspendTitle" : "consequence.entityTitle", { country }),
    consequences: lines,
    confirm: t(action.type === "suspendDeal" ? "consequence.suspendConfirm" : "consequence.entityConfirm"),
    cancel: t("common.cancel"),
  });
}

/** The cost of walking away, for the button's label: "relations −3". */
export function walkAwayCost(state: GameState, id: string): string {
  return consequenceLines(state, { type: "walkAway", country: id }).join(", ") || t("consequence.none");
}
