// The turn report: what happened last month and why, read from the ledger. Events come first as news
// dispatches (with their source when they are real, marked when hypothetical), then scandals, then every
// change the player can observe, with its cause. True leakage stays hidden until the debrief.
import type { GameState, LedgerEntry } from "../../core";
import { turnDate } from "../../core";
import { t, formatMonth, formatNumber, localized } from "../../i18n";
import { el, openModal, button } from "../dom";
import { announce } from "../announce";
import { describeCause, isHiddenDuringGame, ledgerTable } from "./ledgerText";
import { nameOf } from "./countryFacts";

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

/** A spoken summary for the live region. */
export function turnSummary(state: GameState, turn: number): string {
  const entries = state.ledger[turn] ?? [];
  const news = entries.filter((e) => e.cause === "news").map((e) => describeCause(state, e));
  const scandals = entries.filter((e) => e.cause === "diversion-detected");
  return [
    t("report.title", { date: formatMonth(turnDate(state.scenario.startDate, turn)) }),
    ...news,
    ...scandals.map((e) => t("report.scandal", { country: e.country ? nameOf(state, e.country) : "", chips: formatNumber(e.delta) })),
  ].join(". ");
}

export function openTurnReport(state: GameState, turn: number, onClose?: () => void): void {
  const entries = state.ledger[turn] ?? [];
  const visible = entries.filter((entry) => !isHiddenDuringGame(entry) && entry.cause !== "news");
  const scandals = entries.filter((entry) => entry.cause === "diversion-detected");
  const dispatches = newsDispatches(state, entries);
  const { dialog, close } = openModal(
    { title: t("report.title", { date: formatMonth(turnDate(state.scenario.startDate, turn)) }), className: "wide turn-report", onClose },
    dispatches.length ? el("section", { class: "report-section" }, el("h3", {}, t("report.news")), dispatches) : el("p", { class: "muted" }, t("report.noNews")),
    scandals.length
      ? el("section", { class: "report-section" }, el("h3", {}, t("report.scandals")), el("ul", {}, scandals.map((e) => el("li", {}, t("report.scandal", { country: e.country ? nameOf(state, e.country) : "", chips: formatNumber(e.delta) }), " — ", describeCause(state, e)))))
      : null,
    el("section", { class: "report-section" }, el("h3", {}, t("report.changes")), visible.length ? ledgerTable(state, visible, t("report.changes")) : el("p", { class: "muted" }, t("report.noChanges"))),
    el("p", { class: "muted" }, t("report.hiddenNote")),
    el("div", { class: "actions" }, button(t("report.continue"), () => close(), { class: "primary", id: "report-close" })),
  );
  // Focus the way out without scrolling past the news, which comes first.
  dialog.scrollTop = 0;
  dialog.querySelector<HTMLButtonElement>("#report-close")?.focus({ preventScroll: true });
  announce(turnSummary(state, turn));
}
