// Ledger entries in words. The core records every change with a cause code and parameters; this module
// is the one place that turns them into sentences, for the turn report and the debrief alike.
import type { GameState, LedgerEntry } from "../../core";
import { t, formatNumber, formatCompact, formatPerMille, formatMillions, formatBillions, localized, type MessageKey, type Params } from "../../i18n";
import { el } from "../dom";
import { nameOf } from "./countryFacts";

/** Quantities the player cannot observe during the game: shown only in the debrief. */
export function isHiddenDuringGame(entry: LedgerEntry): boolean {
  return entry.track === "leakageTrue" || entry.cause === "diverted-chips" || entry.cause === "diversion" || entry.track === "potentialRevenue";
}

export function trackLabel(track: string): string {
  return t(`track.${track}` as MessageKey);
}

export function formatDelta(entry: LedgerEntry): string {
  const sign = entry.delta > 0 ? "+" : entry.delta < 0 ? "−" : "";
  const magnitude = Math.abs(entry.delta);
  switch (entry.track) {
    case "revenue":
      return `${sign}${formatMillions(magnitude)}`;
    case "investment":
      return `${sign}${formatBillions(magnitude)}`;
    case "usCompute":
    case "adversaryCompute":
    case "leakageTrue":
    case "leakageDetected":
    case "deal":
    case "licence":
    case "demand":
      return magnitude === 0 ? "" : `${sign}${formatCompact(magnitude)}`;
    case "alternativeMaturity":
    case "usLead":
    case "enforcement":
      return `${sign}${formatPerMille(magnitude)}`;
    case "event":
    case "negotiation":
      return "";
    default:
      return `${sign}${formatNumber(magnitude)}`;
  }
}

function eventTitle(state: GameState, id: unknown): string {
  const event = state.scenario.events.find((e) => e.id === id);
  return event ? localized(event.title) : String(id);
}

/** The cause as a sentence; unknown causes (a newer core) still read sensibly. */
export function describeCause(state: GameState, entry: LedgerEntry): string {
  const p = entry.params ?? {};
  const params: Params = {};
  for (const [key, value] of Object.entries(p)) {
    if (typeof value === "string" || typeof value === "number") params[key] = value;
  }
  if (entry.country) params.country = nameOf(state, entry.country);
  if (typeof p.country === "string") params.country = nameOf(state, p.country);
  if (typeof p.chips === "number") params.chips = formatNumber(p.chips);
  if (typeof p.shipped === "number") params.shipped = formatNumber(p.shipped);
  if (typeof p.ratePm === "number") params.rate = formatPerMille(p.ratePm);
  for (const key of ["unmetPm", "metPm"] as const) if (typeof p[key] === "number") params[key] = formatPerMille(p[key]);
  if (p.event !== undefined) params.event = eventTitle(state, p.event);
  if (Array.isArray(p.reasons)) params.reasons = p.reasons.map((r) => t(`risk.${r}` as MessageKey)).join(", ") || t("risk.none");
  const key = `cause.${entry.cause}` as MessageKey;
  const text = t(key, params);
  if (text !== key) return text;
  return entry.cause.replace(/-/g, " ") + (params.country ? ` (${params.country})` : "");
}

interface Row {
  entry: LedgerEntry;
  why: string;
}

/**
 * Many countries often change for the same cause (chips shipped without a deal...). Those become one
 * row with the total, naming each country and its share, so a month reads as a few lines, not fifty.
 */
function groupRows(state: GameState, entries: LedgerEntry[]): Row[] {
  const groups = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const key = `${entry.track}|${entry.cause}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const rows: Row[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const grouped = t(`causeGroup.${first.cause}` as MessageKey, { count: group.length });
    if (group.length < 3 || grouped === `causeGroup.${first.cause}` || !group.every((e) => e.country)) {
      for (const entry of group) rows.push({ entry, why: describeCause(state, entry) });
      continue;
    }
    const total: LedgerEntry = { ...first, country: undefined, delta: group.reduce((sum, e) => sum + e.delta, 0) };
    const parts = group.map((e) => `${nameOf(state, e.country ?? "")} ${formatDelta(e)}`.trim());
    rows.push({ entry: total, why: `${grouped}: ${parts.join(", ")}` });
  }
  return rows;
}

export function ledgerTable(state: GameState, entries: LedgerEntry[], caption: string): HTMLElement {
  return el(
    "table",
    { class: "ledger" },
    el("caption", { class: "visually-hidden" }, caption),
    el("thead", {}, el("tr", {}, el("th", {}, t("report.what")), el("th", {}, t("report.change")), el("th", {}, t("report.why")))),
    el(
      "tbody",
      {},
      groupRows(state, entries).map(({ entry, why }) =>
        el(
          "tr",
          {},
          el("td", {}, entry.country && ["relations", "enforcement"].includes(entry.track) ? `${trackLabel(entry.track)} — ${nameOf(state, entry.country)}` : trackLabel(entry.track)),
          el("td", { class: "num" }, formatDelta(entry)),
          el("td", {}, why),
        ),
      ),
    ),
  );
}
