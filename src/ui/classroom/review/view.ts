// The review as the viewer shows it: a progress bar while the worker plays the bots' games, then the
// evaluation chart (like a chess engine's graph), the three key moments with the ledger's causes, and the
// month-by-month table.
import { turnDate } from "../../../core";
import { formatMonth } from "../../../i18n";
import { el, clear } from "../../dom";
import { describeCause } from "../../panels/ledgerText";
import { describeActions } from "../describe";
import { monthLines } from "../plots";
import { ct } from "../strings";
import type { ViewerCtrl } from "../viewer/ctrl";

export function reviewSection(ctrl: ViewerCtrl, startDate: string): { element: HTMLElement; update(): void } {
  const box = el("div", { id: "review" });
  const update = () => {
    clear(box);
    const state = ctrl.review;
    if (state.kind === "idle") return;
    box.appendChild(el("h2", {}, ct("review.title")));
    box.appendChild(el("p", { class: "muted" }, ct("review.explain")));
    if (state.kind === "running") {
      box.appendChild(el("label", { for: "review-progress" }, ct("review.running", { done: state.done, total: state.total })));
      box.appendChild(el("progress", { id: "review-progress", max: Math.max(1, state.total), value: state.done }));
      return;
    }
    if (state.kind === "failed") {
      box.appendChild(el("p", { role: "alert" }, ct("review.failed", { reason: state.reason })));
      return;
    }
    const { review, ms } = state;
    const game = ctrl.game.final;
    box.appendChild(el("p", { class: "muted", id: "review-timing" }, ct("review.timing", { months: review.turns, ms })));
    const chart = monthLines(ct("review.chart"), [
      { label: ct("review.eval"), values: review.months.map((m) => m.bestScore) },
      { label: ct("review.player"), values: review.months.map(() => review.playerScore) },
    ], { width: 640, height: 220, cursor: true, domain: [0, 100] });
    chart.setCursor(ctrl.month);
    box.appendChild(chart.element);
    box.appendChild(el("h3", {}, ct("review.keyMoments")));
    if (review.keyMoments.length === 0) box.appendChild(el("p", {}, ct("review.noMoments")));
    const list = el("ol", { id: "review-moments", class: "key-moments" });
    for (const moment of review.keyMoments) {
      const month = review.months[moment.turn];
      const date = formatMonth(turnDate(startDate, moment.turn));
      const stateThen = ctrl.stateAfter(moment.turn);
      list.appendChild(el("li", { class: moment.kind, "data-turn": moment.turn },
        el("strong", {}, ct(moment.kind === "loss" ? "review.loss" : "review.gain", { month: moment.turn + 1, date, swing: Math.abs(moment.swing) })),
        el("div", {}, ct("review.playerDid", { actions: describeActions(stateThen, month?.playerActions ?? []) })),
        el("div", {}, ct("review.bestBot", { bot: month?.bestBot ?? "", actions: describeActions(stateThen, month?.botActions ?? []) })),
        moment.causes.length ? el("div", { class: "muted" }, ct("review.causes"), el("ul", {}, [...new Set(moment.causes.map((c) => describeCause(game, c)))].map((text) => el("li", {}, text)))) : null,
      ));
    }
    box.appendChild(list);
    box.appendChild(el("h3", {}, ct("review.table")));
    box.appendChild(el("table", { class: "ledger", id: "review-table" },
      el("thead", {}, el("tr", {}, [ct("review.month"), ct("review.eval"), ct("review.bot"), ct("review.swing")].map((h) => el("th", {}, h)))),
      el("tbody", {}, review.months.map((m) => el("tr", {},
        el("td", {}, `${m.turn + 1} · ${formatMonth(turnDate(startDate, m.turn))}`),
        el("td", { class: "num" }, String(m.bestScore)),
        el("td", {}, m.bestBot),
        el("td", { class: "num" }, m.swing > 0 ? `+${m.swing}` : m.swing < 0 ? `−${-m.swing}` : "0"))))));
  };
  update();
  return { element: box, update };
}
