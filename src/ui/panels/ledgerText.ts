// Ledger entries in words. The core records every change with a cause code and parameters; this module
// is the one place that turns them into sentences, for the turn report and the debrief alike.
import type { GameState, LedgerEntry } from "../../core";
import { turnDate } from "../../core";
import { t, hasMessage, currentLocale, formatMonth, formatNumber, formatCompact, formatPerMille, formatMillions, formatBillions, type MessageKey, type Params } from "../../i18n";
import { el } from "../dom";
import { nameOf, nounOf } from "./countryFacts";
import { decisionOptionLabel, decisionTitle } from "./decisionText";

/** Quantities the player cannot observe during the game: shown only in the debrief. */
export function isHiddenDuringGame(entry: LedgerEntry): boolean {
  return entry.track === "leakageTrue" || entry.cause === "diverted-chips" || entry.cause === "diversion" || entry.track === "potentialRevenue";
}

export function trackLabel(track: string): string {
  return t(`track.${track}` as MessageKey);
}

export function formatDelta(entry: Pick<LedgerEntry, "track" | "delta">): string {
  // A change of nothing is not a change: "0 %" beside a crackdown's start said nothing true.
  if (entry.delta === 0) return "";
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
  return decisionTitle(state, String(id));
}

/** Entries written by the same turn: the chips a country received under standing licences that month (a shipment line names them). */
function licensedThisTurn(state: GameState, entry: LedgerEntry): number {
  return (state.ledger[entry.turn] ?? [])
    .filter((e) => e.cause === "granted-shipments" && e.country === entry.country)
    .reduce((sum, e) => sum + e.delta, 0);
}

function optionLabel(state: GameState, eventId: unknown, optionId: string): string {
  return decisionOptionLabel(state, String(eventId), optionId);
}

/** The cause as a sentence; unknown causes (a newer core) still read sensibly. */
export function describeCause(state: GameState, entry: LedgerEntry): string {
  const p = entry.params ?? {};
  const params: Params = {};
  for (const [key, value] of Object.entries(p)) {
    if (typeof value === "string" || typeof value === "number") params[key] = value;
  }
  if (entry.country) params.country = nounOf(state, entry.country);
  if (typeof p.country === "string") params.country = nounOf(state, p.country);
  for (const key of ["rival", "from"] as const) { const id = p[key]; if (typeof id === "string") params[key] = nounOf(state, id); }
  // A month's scandal can span several countries: name them all.
  if (Array.isArray(p.countries)) {
    const names = p.countries.map((id) => nameOf(state, String(id)));
    params.country = new Intl.ListFormat(currentLocale(), { type: "conjunction" }).format(names);
    params.count = names.length;
  }
  if (typeof p.chips === "number") params.chips = p.chips;
  if (typeof p.shipped === "number") params.shipped = p.shipped;
  if (typeof p.ratePm === "number") params.rate = formatPerMille(p.ratePm);
  for (const key of ["unmetPm", "metPm"] as const) if (typeof p[key] === "number") params[key] = formatPerMille(p[key]);
  if (p.event !== undefined) params.event = eventTitle(state, p.event);
  if (typeof p.option === "string") params.option = optionLabel(state, p.event, p.option);
  if (Array.isArray(p.reasons)) params.reasons = p.reasons.map((r) => t(`risk.${r}` as MessageKey)).join(", ") || t("risk.none");
  // A crackdown "until turn N" is the month it ends with, the same month the country panel names.
  if (typeof p.until === "number") params.until = formatMonth(turnDate(state.scenario.startDate, p.until - 1));
  if (entry.cause === "licensed-shipments" && typeof p.chips === "number") {
    const licensed = Math.min(p.chips, licensedThisTurn(state, entry));
    params.licensed = licensed;
    params.regular = p.chips - licensed;
  }
  // A cause can read differently when it lowers a quantity than when it raises it ("pressure eases").
  const fall = `cause.${entry.cause}.fall`;
  const key = entry.delta < 0 && hasMessage(fall) ? fall : `cause.${entry.cause}`;
  if (hasMessage(key)) return t(key, params);
  return entry.cause.replace(/-/g, " ") + (entry.country ? ` (${nameOf(state, entry.country)})` : "");
}

/** One row of the report: a cause (for one country, or for several at once) and every quantity it moved. */
interface Row {
  why: string;
  changes: LedgerEntry[];
}

/** Tracks whose entries say what happened but carry no amount worth a column (a reply, a news item). */
const SILENT_TRACKS = new Set<string>(["negotiation", "event"]);

function changesText(state: GameState, changes: LedgerEntry[], withCountry: boolean): string {
  const totals = new Map<string, LedgerEntry>();
  for (const entry of changes) {
    const key = `${entry.track}|${withCountry ? entry.country ?? "" : ""}`;
    const previous = totals.get(key);
    totals.set(key, previous ? { ...previous, delta: previous.delta + entry.delta } : entry);
  }
  return [...totals.values()]
    .map((entry) => ({ entry, delta: formatDelta(entry) }))
    .filter(({ delta }) => delta !== "")
    .map(({ entry, delta }) => `${withCountry && entry.country && ["relations", "enforcement"].includes(entry.track) ? `${trackLabel(entry.track)} (${nameOf(state, entry.country)})` : trackLabel(entry.track)} ${delta}`)
    .join(" · ");
}

export interface LedgerSection {
  /** null: the United States and the world; else a country id. */
  country: string | null;
  rows: Row[];
}

/**
 * The month's ledger grouped by country and cause: one row per cause, listing every quantity it moved, so
 * a crackdown reads as one line (capital −5 · US enforcement +2 · relations −3), not three. A cause that
 * touched many countries alike (chips shipped without a deal...) is one row in the world section. Rows
 * with nothing to show and sentences said twice are left out.
 */
export function ledgerSections(state: GameState, entries: LedgerEntry[]): LedgerSection[] {
  const byCause = new Map<string, LedgerEntry[]>();
  for (const entry of entries) byCause.set(entry.cause, [...(byCause.get(entry.cause) ?? []), entry]);
  const world: Row[] = [];
  const perCountry = new Map<string, Map<string, LedgerEntry[]>>();
  for (const [cause, group] of byCause) {
    const countries = new Set(group.map((e) => e.country).filter((c): c is string => c !== undefined));
    const groupKey = `causeGroup.${cause}`;
    if (countries.size >= 3 && hasMessage(groupKey) && group.every((e) => e.country)) {
      const parts = [...countries].map((id) => `${nameOf(state, id)} ${changesText(state, group.filter((e) => e.country === id && e.track !== "licence"), false)}`.trim());
      world.push({ why: `${t(groupKey, { count: countries.size })}: ${parts.join(", ")}`, changes: group.map((e) => ({ ...e, country: undefined })) });
      continue;
    }
    for (const entry of group) {
      if (!entry.country) {
        const last = world.find((row) => row.changes[0]?.cause === cause && !row.changes[0]?.country);
        if (last) last.changes.push(entry);
        else world.push({ why: describeCause(state, entry), changes: [entry] });
        continue;
      }
      const causes = perCountry.get(entry.country) ?? new Map<string, LedgerEntry[]>();
      causes.set(cause, [...(causes.get(cause) ?? []), entry]);
      perCountry.set(entry.country, causes);
    }
  }
  const keep = (rows: Row[]) => {
    const seen = new Set<string>();
    return rows.filter((row) => {
      const silent = row.changes.every((e) => SILENT_TRACKS.has(e.track) || formatDelta(e) === "");
      if (silent && !row.changes.some((e) => e.cause === "crackdown-started" || e.cause.startsWith("licence-") || e.cause === "deal-signed")) return false;
      const text = `${row.why}|${changesText(state, row.changes, false)}`;
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    });
  };
  const sections: LedgerSection[] = [{ country: null, rows: keep(world) }];
  const ids = [...perCountry.keys()].sort((a, b) => nameOf(state, a).localeCompare(nameOf(state, b), currentLocale()));
  for (const id of ids) {
    const rows = [...(perCountry.get(id)?.values() ?? [])].map((group) => ({ why: describeCause(state, group[0] as LedgerEntry), changes: group }));
    const kept = keep(rows);
    if (kept.length) sections.push({ country: id, rows: kept });
  }
  return sections.filter((section) => section.rows.length > 0);
}

export function ledgerTable(state: GameState, entries: LedgerEntry[], caption: string): HTMLElement {
  return el(
    "table",
    { class: "ledger" },
    el("caption", { class: "visually-hidden" }, caption),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("report.why")), el("th", { scope: "col" }, t("report.change")))),
    ledgerSections(state, entries).map((section) =>
      el(
        "tbody",
        {},
        el("tr", { class: "ledger-group" }, el("th", { colspan: 2, scope: "rowgroup" }, section.country ? nameOf(state, section.country) : t("report.worldGroup"))),
        section.rows.map((row) => el("tr", {}, el("td", {}, row.why), el("td", { class: "num" }, changesText(state, row.changes, section.country === null)))),
      ),
    ),
  );
}
