// The replay viewer's page: a month timeline to scrub, that month's map, decisions and ledger, the tracks
// with a month cursor, a second game side by side, and the review. Renders what the controller holds.
import { BOT_NAMES, buildReport, turnDate, type Report, type Tracks } from "../../../core";
import { REVIEW_BOTS } from "../../../core/classroom";
import { t, formatMonth, formatNumber, formatMillions, formatBillions, localized } from "../../../i18n";
import { el, button, clear } from "../../dom";
import { ledgerTable } from "../../panels/ledgerText";
import { nameOf } from "../../panels/countryFacts";
import type { WorldMap } from "../../map/worldMap";
import { describeAction, describeReply } from "../describe";
import { monthLines, type Figure, type LineSeries } from "../plots";
import { ct } from "../strings";
import { trackCharts, trackLabelOf } from "../trackCharts";
import { reviewSection } from "../review/view";
import type { ViewerCtrl } from "./ctrl";
import { monthMap } from "./mapCanvas";

export interface ViewerActions {
  compareFile(): void;
  exportOther(): void;
}

function seriesOf(ctrl: ViewerCtrl, tracks: (keyof Tracks)[]): LineSeries[] {
  const own = ctrl.game.replay.turns.map((turn) => turn.tracks);
  const out: LineSeries[] = tracks.map((track) => ({ label: trackLabelOf(track), values: own.map((x) => x[track]) }));
  const other = ctrl.other;
  if (other) {
    const theirs = other.game.replay.turns.map((turn) => turn.tracks);
    // The other game by its regime when that is what differs (the counterfactual, often by the same player), else by its player.
    const policy = other.game.replay.policy;
    const who = policy !== ctrl.game.replay.policy ? t(`policy.${policy}`) : other.game.label;
    for (const track of tracks) out.push({ label: `${trackLabelOf(track)} — ${who}`, values: theirs.map((x) => x[track]) });
  }
  return out;
}

export function viewerPage(ctrl: ViewerCtrl, map: WorldMap, actions: ViewerActions): { root: HTMLElement; destroy(): void } {
  const { game } = ctrl;
  const report: Report | null = (() => {
    const built = buildReport(game.replay, game.scenario);
    return built.ok ? built.report : null;
  })();
  const start = game.scenario.startDate;
  const months = ctrl.months();
  const title = localized(game.scenario.title) || game.scenario.id;

  const scrub = el("input", { type: "range", id: "viewer-scrub", min: 0, max: months - 1, step: 1, value: ctrl.month, "aria-label": ct("viewer.timeline") });
  scrub.addEventListener("input", () => ctrl.jump(Number(scrub.value)));
  const monthButtons = Array.from({ length: months }, (_, m) =>
    button(String(m + 1), () => ctrl.jump(m), { class: "month-chip", id: `viewer-month-${m + 1}`, title: formatMonth(turnDate(start, m)) }));
  const timeline = el("nav", { class: "viewer-timeline no-print", "aria-label": ct("viewer.timeline") },
    el("div", { class: "month-chips" }, monthButtons), scrub, el("p", { class: "muted" }, ct("viewer.keys")));

  const mapFigure = monthMap(map, ct("viewer.map"));
  const monthHeading = el("h2", { id: "viewer-month", "aria-live": "polite" });
  const decisions = el("ol", { id: "viewer-decisions", class: "decisions" });
  const ledger = el("div", { id: "viewer-ledger" });
  const chartsBox = el("div", { class: "charts", id: "viewer-charts" });
  let figures: Figure[] = [];
  const drawCharts = () => {
    clear(chartsBox);
    figures = trackCharts().map((chart) => monthLines(chart.title, seriesOf(ctrl, chart.tracks), { format: chart.format, cursor: true, width: 420, height: 200 }));
    for (const f of figures) chartsBox.appendChild(f.element);
    for (const f of figures) f.setCursor(ctrl.month);
  };

  const botSelect = el("select", { id: "viewer-branch-bot", "aria-label": ct("viewer.branchBot") }, BOT_NAMES.filter((b) => b !== "idle").map((name) => el("option", { value: name }, name)));
  const cfSelect = el("select", { id: "viewer-cf-by", "aria-label": ct("viewer.cfBy") },
    el("option", { value: "player" }, ct("viewer.cfPlayer")), REVIEW_BOTS.map((name) => el("option", { value: name }, name)));
  const otherPolicy = game.replay.policy === "bilateral" ? "tiered" : "bilateral";
  const toolbar = el("div", { class: "viewer-tools no-print" },
    el("div", { class: "row" },
      button(ct("viewer.takeOver"), () => ctrl.takeOver(), { id: "viewer-take-over", class: "primary" }, "P"),
      el("label", { class: "row" }, ct("viewer.branchBot"), botSelect),
      button(ct("viewer.branch"), () => ctrl.branchWithBot(botSelect.value), { id: "viewer-branch" }, "B")),
    el("div", { class: "row" },
      button(`${ct("viewer.counterfactual")}: ${t(`policy.${otherPolicy}`)}`, () => void ctrl.counterfactual(cfSelect.value), { id: "viewer-counterfactual" }, "T"),
      el("label", { class: "row" }, ct("viewer.cfBy"), cfSelect),
      button(ct("viewer.compareFile"), actions.compareFile, { id: "viewer-compare-file" })),
  );
  const compareBox = el("section", { class: "report-section", id: "viewer-compare", hidden: true });
  const reviewBox = el("section", { class: "report-section", id: "viewer-review" });

  const parent = game.replay.parent;
  const root = el("article", { class: "debrief-page classroom-page", id: "viewer", "aria-labelledby": "viewer-title" },
    el("div", { class: "row" },
      el("h1", { id: "viewer-title", class: "spacer" }, ct("viewer.title", { title })),
      el("div", { class: "row no-print" },
        button(ct("viewer.review"), () => void ctrl.startReview(), { id: "viewer-review-start" }, "V"),
        button(ct("viewer.debrief"), () => ctrl.host.debrief(game), { id: "viewer-debrief" }, "D"),
        button(ct("viewer.menu"), () => ctrl.host.menu(), { id: "viewer-menu" }, "Q"))),
    el("p", { class: "muted" }, ct("viewer.meta", { seed: game.replay.seed, policy: t(`policy.${game.replay.policy}`), player: game.label, months })),
    parent ? el("p", { class: "muted" }, ct("viewer.branchOf", { turns: parent.branchTurn, parent: parent.id })) : null,
    timeline,
    el("div", { class: "viewer-grid" },
      el("div", {}, mapFigure.element),
      el("section", { class: "viewer-month" }, monthHeading,
        el("h3", {}, ct("viewer.decisions")), decisions,
        el("h3", {}, ct("viewer.report")), ledger)),
    toolbar,
    compareBox,
    el("section", { class: "report-section" }, el("h2", {}, ct("viewer.tracks")), chartsBox),
    reviewBox,
  );

  const renderMonth = () => {
    const m = ctrl.month;
    const state = ctrl.stateAfter(m);
    scrub.value = String(m);
    monthButtons.forEach((b, i) => (i === m ? b.setAttribute("aria-current", "true") : b.removeAttribute("aria-current")));
    monthHeading.textContent = ct("viewer.monthOf", { month: m + 1, months, date: formatMonth(turnDate(start, m)) });
    mapFigure.draw(state);
    clear(decisions);
    const turn = report?.turns[m];
    const shown = (turn?.decisions ?? []).filter((d) => d.action.type !== "endTurn");
    if (shown.length === 0) decisions.appendChild(el("li", { class: "muted", style: "list-style:none" }, ct("viewer.noDecisions")));
    for (const d of shown) {
      const reply = describeReply(state, d);
      decisions.appendChild(el("li", {}, describeAction(state, d.action), reply ? el("div", { class: "muted" }, reply) : null));
    }
    clear(ledger);
    if (turn && turn.tracksAfter) ledger.appendChild(ledgerTable(state, turn.consequences, ct("viewer.report")));
    else ledger.appendChild(el("p", { class: "muted" }, ct("viewer.unfinishedMonth")));
    for (const f of figures) f.setCursor(m);
  };

  const renderCompare = () => {
    clear(compareBox);
    const other = ctrl.other;
    compareBox.hidden = !other;
    if (!other) return;
    const comparison = ctrl.comparison();
    const a = game.label;
    const b = other.game.label;
    const lines: HTMLElement[] = [];
    if (game.replay.policy !== other.game.replay.policy) lines.push(el("p", {}, ct("compare.otherRegime")));
    else if (comparison?.firstDivergentTurn !== null && comparison?.firstDivergentTurn !== undefined && comparison.firstDivergentTurn >= 0) {
      lines.push(el("p", {}, ct("compare.firstTurn", { month: comparison.firstDivergentTurn + 1 })));
    }
    const index = comparison?.firstDivergentAction ?? null;
    if (index === null) lines.push(el("p", { id: "compare-first-action" }, ct("compare.noDifferentAction")));
    else {
      const month = Math.max(0, game.timeline.turnStarts.findIndex((s) => s > index) - 1);
      const stateThen = ctrl.stateAfter(Math.max(0, month - 1));
      const mine = game.replay.actions[index];
      const theirs = other.game.replay.actions[index];
      lines.push(el("p", { id: "compare-first-action" }, ct("compare.firstAction", {
        index: index + 1, month: (month < 0 ? 0 : month) + 1,
        a: mine ? describeAction(stateThen, mine) : "—", b: theirs ? describeAction(stateThen, theirs) : "—",
      })));
    }
    if (other.skipped > 0) lines.push(el("p", { class: "muted" }, ct("compare.skipped", { count: other.skipped })));
    const finalA = game.replay.final;
    const finalB = other.game.replay.final;
    const stateA = game.final;
    const stateB = other.game.final;
    const headA = `${a} · ${t(`policy.${game.replay.policy}`)}`;
    const headB = `${b} · ${t(`policy.${other.game.replay.policy}`)}`;
    const ids = Object.keys(stateA.countries).filter((id) => (stateA.countries[id]?.shipped ?? 0) + (stateB.countries[id]?.shipped ?? 0) > 0 || finalA.deals[id] || finalB.deals[id])
      .sort((x, y) => nameOf(stateA, x).localeCompare(nameOf(stateA, y)));
    const dealCell = (deal: (typeof finalA.deals)[string] | undefined) => (deal ? `${formatNumber(deal.chips)} · ${formatMonth(turnDate(start, deal.signedTurn))}` : ct("compare.none"));
    const summaryRow = (label: string, x: string, y: string) => el("tr", {}, el("th", {}, label), el("td", { class: "num" }, x), el("td", { class: "num" }, y));
    compareBox.append(
      el("h2", {}, ct("compare.title")),
      el("p", { class: "muted" }, ct("compare.games", { a: headA, b: headB })),
      ...lines,
      el("table", { class: "ledger", id: "compare-summary" },
        el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", {}, headA), el("th", {}, headB))),
        el("tbody", {},
          summaryRow(ct("compare.score"), String(finalA.outcome?.score.total ?? "—"), String(finalB.outcome?.score.total ?? "—")),
          summaryRow(ct("compare.leakage"), formatNumber(finalA.tracks.leakageTrue), formatNumber(finalB.tracks.leakageTrue)),
          summaryRow(ct("compare.revenue"), formatMillions(finalA.tracks.revenue), formatMillions(finalB.tracks.revenue)),
          summaryRow(ct("compare.investment"), formatBillions(finalA.tracks.investment), formatBillions(finalB.tracks.investment)))),
      el("h3", {}, ct("compare.deals")),
      el("table", { class: "ledger", id: "compare-deals" },
        el("thead", {},
          el("tr", {}, el("th", {}, ""), el("th", { colspan: 2 }, headA), el("th", { colspan: 2 }, headB)),
          el("tr", {}, el("th", {}, t("debrief.country")), el("th", {}, ct("compare.deal")), el("th", {}, t("debrief.shipped")), el("th", {}, ct("compare.deal")), el("th", {}, t("debrief.shipped")))),
        el("tbody", {}, ids.map((id) => el("tr", {},
          el("td", {}, nameOf(stateA, id)),
          el("td", { class: "num" }, dealCell(finalA.deals[id])),
          el("td", { class: "num" }, formatNumber(stateA.countries[id]?.shipped ?? 0)),
          el("td", { class: "num" }, dealCell(finalB.deals[id])),
          el("td", { class: "num" }, formatNumber(stateB.countries[id]?.shipped ?? 0)))))),
      el("div", { class: "row no-print" }, button(ct("viewer.exportOther"), actions.exportOther, { id: "viewer-export-other" })),
    );
  };

  const review = reviewSection(ctrl, start);
  reviewBox.appendChild(review.element);

  const off = ctrl.onChange((change) => {
    if (change === "month") renderMonth();
    if (change === "other") { renderCompare(); drawCharts(); }
    if (change === "review") review.update();
  });
  drawCharts();
  renderMonth();
  return { root, destroy: off };
}

