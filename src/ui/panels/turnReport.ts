// The turn report: what happened last month and why, read from the ledger. Three lines lead — the score
// and what moved it, the month's biggest change and its cause, what needs a decision now — then the news
// as dispatches (with their source when they are real, marked when hypothetical), then the ledger grouped
// by country and cause. True leakage stays hidden until the debrief.
import type { GameState, LedgerEntry, ScoreBreakdown, Tracks } from "../../core";
import { turnDate, visibleScore } from "../../core";
import { t, currentLocale, formatMonth, formatNumber, localized } from "../../i18n";
import { el, openModal, button } from "../dom";
import { announce } from "../announce";
import { describeCause, formatDelta, isHiddenDuringGame, ledgerTable, trackLabel } from "./ledgerText";
import { nounOf } from "./countryFacts";

function sourceLink(state: GameState, source: string | undefined): HTMLElement | null {
  if (!source) return null;
  const listed = state.scenario.sources.find((s) => s.id === source);
  const url = listed?.url ?? (/^https?:\/\//.test(source) ? source : undefined);
  if (!url) return el("p", { class: "muted" }, t("report.source", { source }));
  return el("p", { class: "muted" }, t("report.sourceLabel"), " ", el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, listed?.title ?? new URL(url).hostname));
}

export function newsDispatches(state: GameState, entries: LedgerEntry[]): HTMLElement[] {
  return entries
    .filter((entry) => entry.cause === "news")
    .map((entry) => {
      const event = state.scenario.events.find((e) => e.id === entry.params?.event);
      if (!event) return el("div", { class: "dispatch" }, String(entry.params?.event));
      return el(
        "article",
        { class: "dispatch" },
        el("div", { class: "kicker" }, event.hypothetical ? t("report.hypothetical") : t("report.realEvent")),
        el("h3", {}, localized(event.title)),
        el("p", {}, localized(event.text)),
        event.hypothetical ? null : sourceLink(state, event.source),
      );
    });
}

/** Tracks the summary weighs against each other, with the size of a change that counts as large. */
const SUMMARY_SCALES: Partial<Record<keyof Tracks, number>> = {
  politicalCapital: 20, industryPressure: 20, hawkishness: 20, alliedTrust: 20, usLead: 50, alternativeMaturity: 50, leakageDetected: 2_000,
};

export interface ReportScores {
  before?: ScoreBreakdown;
  after: ScoreBreakdown;
}

function signed(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : value < 0 ? `−${formatNumber(-value)}` : "±0";
}

/** Line one: the score and its parts, with what moved this month. */
function scoreLine(scores: ReportScores): string {
  const { before, after } = scores;
  const part = (key: "security" | "economy" | "alliances") =>
    t("summary.part", { part: t(`score.${key}`), value: after[key], change: before ? signed(after[key] - before[key]) : "" }).trim();
  return t("summary.score", { total: after.total, change: before ? signed(after.total - before.total) : "", parts: [part("security"), part("economy"), part("alliances")].join(", ") }).replace(/\s+—/, " —");
}

/** Line two: the quantity that moved most for its scale, and its main cause. */
function biggestChangeLine(state: GameState, entries: LedgerEntry[]): string | null {
  let best: { track: keyof Tracks; delta: number; weight: number } | null = null;
  for (const [track, scale] of Object.entries(SUMMARY_SCALES) as [keyof Tracks, number][]) {
    const delta = entries.filter((e) => e.track === track).reduce((sum, e) => sum + e.delta, 0);
    const weight = Math.abs(delta) / scale;
    if (delta !== 0 && (!best || weight > best.weight)) best = { track, delta, weight };
  }
  if (!best) return null;
  const track = best.track;
  const causes = entries.filter((e) => e.track === track && Math.sign(e.delta) === Math.sign(best.delta)).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  const main = causes[0];
  return t("summary.biggest", { track: trackLabel(track), change: formatDelta({ track, delta: best.delta }), why: main ? describeCause(state, main) : "" });
}

/** Line three: what needs a decision now. */
function decisionsLine(state: GameState): string {
  if (state.status === "over") return t("summary.over");
  const needs: string[] = [];
  const pending = state.licences.filter((l) => l.decision === "pending").length;
  if (pending > 0) needs.push(t("summary.licences", { count: pending }));
  const dueNow = state.dilemmas.filter((d) => d.deadlineTurn <= state.turn).length;
  if (state.dilemmas.length > 0) needs.push(t("summary.decisions", { count: state.dilemmas.length, due: dueNow }));
  // Each name with its article where the language wants one (l'Inde, the Netherlands).
  const counters = Object.values(state.countries).filter((c) => c.negotiation?.counter).map((c) => t("summary.countryInList", { country: nounOf(state, c.id) }));
  if (counters.length > 0) needs.push(t("summary.counters", { countries: new Intl.ListFormat(currentLocale(), { type: "conjunction" }).format(counters), count: counters.length }));
  if (state.tracks.politicalCapital < 15) needs.push(t("summary.lowCapital", { capital: state.tracks.politicalCapital }));
  if (state.tracks.industryPressure > 60) needs.push(t("summary.pressure", { pressure: state.tracks.industryPressure }));
  if (state.tracks.hawkishness > 70) needs.push(t("summary.hawks", { hawkishness: state.tracks.hawkishness }));
  return needs.length ? t("summary.decide", { items: needs.join(t("summary.separator")) }) : t("summary.nothingUrgent");
}

export function summaryLines(state: GameState, turn: number, scores: ReportScores): string[] {
  const entries = (state.ledger[turn] ?? []).filter((e) => !isHiddenDuringGame(e));
  return [scoreLine(scores), biggestChangeLine(state, entries) ?? t("summary.quiet"), decisionsLine(state)];
}

/** A spoken summary for the live region. */
export function turnSummary(state: GameState, turn: number): string {
  const entries = state.ledger[turn] ?? [];
  const news = entries.filter((e) => e.cause === "news").map((e) => describeCause(state, e));
  return [t("report.title", { date: formatMonth(turnDate(state.scenario.startDate, turn)) }), ...news].join(". ");
}

export interface ReportOptions {
  onClose?: () => void;
  returnFocus?: () => HTMLElement | null;
  /** The game's last month: the debrief follows. */
  last?: boolean;
  scores?: ReportScores;
}

export function openTurnReport(state: GameState, turn: number, options: ReportOptions = {}): void {
  const entries = state.ledger[turn] ?? [];
  const visible = entries.filter((entry) => !isHiddenDuringGame(entry) && entry.cause !== "news");
  const dispatches = newsDispatches(state, entries);
  const scores = options.scores ?? { after: visibleScore(state) };
  const summary = summaryLines(state, turn, scores);
  const { dialog, close } = openModal(
    { title: t("report.title", { date: formatMonth(turnDate(state.scenario.startDate, turn)) }), className: "wide turn-report", onClose: options.onClose, returnFocus: options.returnFocus },
    el("section", { class: "report-summary", id: "report-summary", "aria-label": t("summary.label") }, el("ul", {}, summary.map((line) => el("li", {}, line)))),
    dispatches.length ? el("section", { class: "report-section" }, el("h3", {}, t("report.news")), dispatches) : null,
    el("section", { class: "report-section" }, el("h3", {}, t("report.changes")), visible.length ? ledgerTable(state, visible, t("report.changes")) : el("p", { class: "muted" }, t("report.noChanges"))),
    el("p", { class: "muted" }, t("report.hiddenNote")),
    el("div", { class: "actions" }, button(options.last ? t("report.toDebrief") : t("report.continue"), () => close(), { class: "primary", id: "report-close" })),
  );
  // Focus the way out without scrolling past the summary, which comes first.
  dialog.scrollTop = 0;
  dialog.querySelector<HTMLButtonElement>("#report-close")?.focus({ preventScroll: true });
  announce([turnSummary(state, turn), ...summary].join(". "));
}
