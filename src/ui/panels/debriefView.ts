// The debrief: how the game ended, the score and its parts, the tracks over time, and the hidden truth
// revealed — true leakage against what was detected, country by country, and each counterpart's hidden
// bargaining values against the deal it got. Plain DOM so it can be printed for a class.
import { turnDate, type GameState, type Tracks } from "../../core";
import { t, formatMonth, formatNumber, formatCompact, formatPerMille, formatMillions, formatBillions, type MessageKey } from "../../i18n";
import { el, button } from "../dom";
import { palette } from "../palette";
import { lineChart, type Series } from "./charts";
import { nameOf } from "./countryFacts";
import { describeTerms } from "./terms";
import { newsDispatches } from "./turnReport";

export interface DebriefActions {
  exportReplay(): void;
  playAgain(): void;
  menu(): void;
}

function scoreBar(label: string, value: number, weight: number): HTMLElement {
  return el(
    "div",
    { class: "row" },
    el("span", { style: "width:9em" }, label),
    el("span", { class: "bar", style: `width:${value / 8}em;height:0.9em`, "aria-hidden": "true" }),
    el("strong", {}, t("debrief.scorePart", { value, weight: formatPerMille(weight) })),
  );
}

function charts(state: GameState): HTMLElement {
  const p = palette();
  const history = state.history;
  const labels = history.map((_, i) => formatMonth(turnDate(state.scenario.startDate, i)));
  const series = (key: keyof Tracks, label: string, colour: number, dashed = false): Series => ({ label, values: history.map((h) => h[key]), colour, dashed });
  return el(
    "div",
    { class: "charts" },
    lineChart(t("debrief.chartLeakage"), [series("leakageTrue", t("track.leakageTrue"), p.bad), series("leakageDetected", t("track.leakageDetected"), p.warn, true)], labels, formatCompact),
    lineChart(t("track.usLead"), [series("usLead", t("track.usLead"), p.accent)], labels, formatPerMille, false),
    lineChart(t("debrief.chartMoney"), [series("revenue", t("track.revenue"), p.good), series("potentialRevenue", t("track.potentialRevenue"), p.series[5] ?? p.accent, true)], labels, formatMillions),
    lineChart(t("track.investment"), [series("investment", t("track.investment"), p.good)], labels, formatBillions),
    lineChart(t("debrief.chartPolitics"), [series("politicalCapital", t("track.politicalCapital"), p.accent), series("hawkishness", t("track.hawkishness"), p.bad, true), series("industryPressure", t("track.industryPressure"), p.warn)], labels, (v) => formatNumber(v)),
    lineChart(t("track.alliedTrust"), [series("alliedTrust", t("track.alliedTrust"), p.series[4] ?? p.accent)], labels, (v) => formatNumber(v), false),
  );
}

function hiddenTruth(state: GameState): HTMLElement {
  // Where something happened first (deals, diversions), adversaries (never supplied) last.
  const weight = (id: string) => {
    const c = state.countries[id];
    return (c?.deal ? 4 : 0) + (c && c.diverted > 0 ? 2 : 0) + (state.scenario.countries.find((p) => p.id === id)?.adversary ? -8 : 0);
  };
  const ordered = [...state.scenario.countries].sort((a, b) => weight(b.id) - weight(a.id) || (state.countries[b.id]?.diverted ?? 0) - (state.countries[a.id]?.diverted ?? 0));
  const rows = ordered.map((profile) => {
    const country = state.countries[profile.id];
    if (!country) return null;
    const deal = country.deal;
    return el(
      "tr",
      {},
      el("td", {}, nameOf(state, profile.id)),
      el("td", { class: "num" }, formatNumber(country.shipped)),
      el("td", { class: "num" }, formatNumber(country.diverted)),
      el("td", { class: "num" }, formatNumber(country.divertedDetected)),
      el("td", { class: "num" }, profile.adversary ? "—" : formatPerMille(country.hidden.reservation)),
      el("td", {}, profile.adversary ? "—" : `${t(`temperament.${country.hidden.temperament}` as MessageKey)}, ${t("debrief.patience", { rounds: country.hidden.patience })}`),
      // The core records, at signing, what the deal was worth to the country and what it would have
      // settled for: the gap is what the player left on the table.
      el("td", {}, deal ? `${describeTerms(deal.terms)} ${t("debrief.theirUtility", { utility: formatPerMille(deal.countryUtility), surplus: formatPerMille(deal.countryUtility - deal.countryReservation) })}` : t("debrief.noDeal")),
    );
  });
  return el(
    "table",
    { class: "ledger", id: "hidden-truth" },
    el("caption", { class: "muted" }, t("debrief.truthCaption")),
    el("thead", {}, el("tr", {}, ["debrief.country", "debrief.shipped", "debrief.diverted", "debrief.detected", "debrief.reservation", "debrief.temperament", "debrief.deal"].map((key) => el("th", {}, t(key as MessageKey))))),
    el("tbody", {}, rows),
  );
}

export function debriefPage(state: GameState, actions: DebriefActions): HTMLElement {
  const outcome = state.outcome;
  const score = outcome?.score;
  const weights = state.scenario.scoring.weights;
  const allNews = state.ledger.flatMap((entries) => entries ?? []);
  return el(
    "article",
    { class: "debrief-page", id: "debrief", "aria-labelledby": "debrief-title" },
    el("div", { class: "row" },
      el("h1", { id: "debrief-title", class: "spacer" }, t("debrief.title")),
      el("div", { class: "row no-print" },
        button(t("debrief.export"), actions.exportReplay, { id: "debrief-export" }, "X"),
        button(t("debrief.print"), () => window.print(), { id: "debrief-print" }),
        button(t("debrief.playAgain"), actions.playAgain, { id: "debrief-again" }),
        button(t("debrief.menu"), actions.menu, { class: "primary", id: "debrief-menu" }, "Q"),
      ),
    ),
    el("p", { class: "muted" }, t("debrief.setup", { scenario: state.scenarioId, seed: state.seed, policy: t(`policy.${state.policy}`), turns: state.turn })),
    el("section", { class: "report-section" },
      el("p", { id: "debrief-outcome" }, t(`outcome.${outcome?.result ?? "completed"}` as MessageKey)),
      score ? el("div", { class: "row" }, el("span", { class: "grade", id: "debrief-grade" }, score.grade), el("span", {}, t("debrief.total", { total: score.total }))) : null,
      score ? el("div", { class: "stack" },
        scoreBar(t("score.security"), score.security, weights.security),
        scoreBar(t("score.economy"), score.economy, weights.economy),
        scoreBar(t("score.alliances"), score.alliances, weights.alliances)) : null,
    ),
    el("section", { class: "report-section" },
      el("h2", {}, t("debrief.truthTitle")),
      el("p", {}, t("debrief.truthSummary", {
        trueLeak: formatNumber(state.tracks.leakageTrue),
        detected: formatNumber(state.tracks.leakageDetected),
        share: formatPerMille(state.tracks.leakageTrue > 0 ? Math.round((state.tracks.leakageDetected * 1000) / state.tracks.leakageTrue) : 1000),
      })),
      hiddenTruth(state),
    ),
    el("section", { class: "report-section" }, el("h2", {}, t("debrief.charts")), charts(state)),
    el("section", { class: "report-section" }, el("h2", {}, t("debrief.news")), newsDispatches(state, allNews)),
  );
}
