// The debrief: how the game ended, the score and its parts, the tracks over time, and the hidden truth
// revealed — true leakage against what was detected, country by country, and each counterpart's hidden
// bargaining values against the deal it got. Plain DOM so it can be printed for a class.
import { turnDate, type GameState, type Report, type Tracks } from "../../core";
import { discussionQuestions, mainCauses, type Question } from "../../core/classroom";
import { t, formatMonth, formatNumber, formatCompact, formatPerMille, formatMillions, formatBillions, localized, type MessageKey } from "../../i18n";
import { ct } from "../classroom/strings";
import { describeAction, describeReply } from "../classroom/describe";
import { describeCause } from "./ledgerText";
import { el, button } from "../dom";
import { palette } from "../palette";
import { lineChart, type Series } from "./charts";
import { nameOf } from "./countryFacts";
import { describeTerms } from "./terms";
import { newsDispatches } from "./turnReport";

export interface DebriefActions {
  exportReplay(): void;
  /** CSV of the tracks month by month, and of the deals. */
  exportCsv(kind: "tracks" | "deals"): void;
  /** Opens the game in the replay viewer and reviews it. */
  review(): void;
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
    lineChart(t("debrief.chartPolitics"), [series("politicalCapital", t("track.politicalCapital"), p.accent), series("hawkishness", t("track.hawkishness"), p.bad, true), { ...series("industryPressure", t("track.industryPressure"), p.warn), dash: "1.5 2.5" }], labels, (v) => formatNumber(v)),
    lineChart(t("track.alliedTrust"), [series("alliedTrust", t("track.alliedTrust"), p.series[4] ?? p.accent)], labels, (v) => formatNumber(v), false),
  );
}

function hiddenTruth(state: GameState): HTMLElement {
  // Under the tiered rule nobody bargains: bottom lines and temperaments played no part.
  const bargaining = state.policy === "bilateral";
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
      bargaining ? el("td", { class: "num" }, profile.adversary ? "—" : formatPerMille(country.hidden.reservation)) : null,
      bargaining ? el("td", {}, profile.adversary ? "—" : `${t(`temperament.${country.hidden.temperament}` as MessageKey)}, ${t("debrief.patience", { rounds: country.hidden.patience })}`) : null,
      // The core records, at signing, what the deal was worth to the country and what it would have
      // settled for: the gap is what the player left on the table.
      bargaining ? el("td", {}, deal ? `${describeTerms(deal.terms)} ${t("debrief.theirUtility", { utility: formatPerMille(deal.countryUtility), surplus: formatPerMille(deal.countryUtility - deal.countryReservation) })}` : t("debrief.noDeal")) : null,
    );
  });
  const headings = bargaining
    ? ["debrief.country", "debrief.shipped", "debrief.diverted", "debrief.detected", "debrief.reservation", "debrief.temperament", "debrief.deal"]
    : ["debrief.country", "debrief.shipped", "debrief.diverted", "debrief.detected"];
  return el(
    "table",
    { class: "ledger", id: "hidden-truth" },
    el("caption", { class: "muted" }, bargaining ? t("debrief.truthCaption") : ct("debrief.tieredNote")),
    el("thead", {}, el("tr", {}, headings.map((key) => el("th", {}, t(key as MessageKey))))),
    el("tbody", {}, rows),
  );
}

function questionText(state: GameState, q: Question): string {
  switch (q.code) {
    case "generous-deal":
      return ct("question.generous-deal", { country: nameOf(state, q.country), percent: q.percent, month: q.turn + 1 });
    case "tight-deal":
      return ct("question.tight-deal", { country: nameOf(state, q.country), margin: q.margin, month: q.turn + 1 });
    case "unseen-leakage":
      return ct("question.unseen-leakage", { country: nameOf(state, q.country), chips: q.chips, share: q.share });
    case "scandal":
      return ct("question.scandal", { country: nameOf(state, q.country), month: q.turn + 1, chips: q.chips });
    case "walked-away":
      return ct("question.walked-away", { country: nameOf(state, q.country), month: q.turn + 1 });
    case "ally-without-deal":
      return ct("question.ally-without-deal", { country: nameOf(state, q.country) });
    case "weakest-part":
      return ct("question.weakest-part", { part: t(`score.${q.part}`), value: q.value });
    case "regime":
      return ct(q.policy === "bilateral" ? "question.regime.bilateral" : "question.regime.tiered");
  }
}

/** The core's report model (one source with `cli report`), month by month: decisions, replies, main consequences. */
function turnByTurn(state: GameState, report: Report): HTMLElement {
  return el("div", { class: "turn-by-turn", id: "debrief-turns" }, report.turns.map((turn) => {
    const decisions = turn.decisions.filter((d) => d.action.type !== "endTurn");
    const causes = mainCauses(turn.consequences, 3);
    return el("section", { class: "turn", "data-turn": turn.turn },
      el("h3", {}, ct("debrief.monthHeading", { month: turn.turn + 1, date: formatMonth(turn.month) })),
      el("ul", {},
        decisions.length === 0 ? el("li", { class: "muted" }, ct("viewer.noDecisions")) : null,
        decisions.map((d) => {
          const reply = describeReply(state, d);
          return el("li", {}, describeAction(state, d.action), reply ? ` — ${reply}` : "");
        }),
        causes.map((c) => el("li", { class: "muted" }, describeCause(state, c))),
        turn.tracksAfter && turn.leakage.true > 0 ? el("li", { class: "muted" }, ct("debrief.leakMonth", { trueLeak: formatNumber(turn.leakage.true), detected: formatNumber(turn.leakage.detected) })) : null,
      ));
  }));
}

export function debriefPage(state: GameState, actions: DebriefActions, report: Report | null = null): HTMLElement {
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
        button(ct("debrief.review"), actions.review, { id: "debrief-review" }, "V"),
        button(ct("debrief.csvTracks"), () => actions.exportCsv("tracks"), { id: "debrief-csv-tracks" }),
        button(ct("debrief.csvDeals"), () => actions.exportCsv("deals"), { id: "debrief-csv-deals" }),
        button(t("debrief.playAgain"), actions.playAgain, { id: "debrief-again" }),
        button(t("debrief.menu"), actions.menu, { class: "primary", id: "debrief-menu" }, "Q"),
      ),
    ),
    el("p", { class: "muted", id: "debrief-setup" }, ct("debrief.setupTitled", { title: localized(state.scenario.title) || state.scenarioId, seed: state.seed, policy: t(`policy.${state.policy}`), turns: state.turn })),
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
    report ? el("section", { class: "report-section", id: "debrief-questions" }, el("h2", {}, ct("debrief.questions")),
      el("ol", { class: "questions" }, discussionQuestions(report).map((q) => el("li", { "data-code": q.code }, questionText(state, q))))) : null,
    el("section", { class: "report-section" }, el("h2", {}, t("debrief.charts")), charts(state)),
    report ? el("section", { class: "report-section" }, el("h2", {}, ct("debrief.turnByTurn")), turnByTurn(state, report)) : null,
    el("section", { class: "report-section" }, el("h2", {}, t("debrief.news")), newsDispatches(state, allNews)),
  );
}
