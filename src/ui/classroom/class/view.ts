// The class page: who played, the distribution of scores and its outliers, and — for one shared world —
// the tracks overlaid, each student's deal with each country, and the utility space of one country's deals.
import { t, countryRef, formatNumber, localized, formatCompact, formatMillions } from "../../../i18n";
import { el, button, clear } from "../../dom";
import { lazyChart, monthLines, scoreStrip, utilitySpace } from "../plots";
import { ct } from "../strings";
import { csv } from "../csv";
import type { ClassCtrl } from "./ctrl";

export function classTableCsv(ctrl: ClassCtrl): string {
  const { students } = ctrl.data;
  const countries = [...new Set(students.flatMap((s) => Object.keys(s.deals)))].sort();
  return csv([
    ["student", "file", "scenario", "seed", "policy", "score", "grade", "security", "economy", "alliances", "leakage_true", "revenue_million_usd", ...countries.map((c) => `deal_${c}_chips`)],
    ...students.map((s, i) => {
      const last = s.tracks[s.tracks.length - 1];
      return [ctrl.labelOf(i), ctrl.hideNames ? "" : s.file, s.scenarioId, s.seed, s.policy, s.score, s.grade, s.parts.security, s.parts.economy, s.parts.alliances,
        last?.leakageTrue ?? "", last?.revenue ?? "", ...countries.map((c) => s.deals[c]?.chips ?? "")];
    }),
  ]);
}

export function classPage(ctrl: ClassCtrl): { root: HTMLElement; destroy(): void } {
  const body = el("div", { id: "class-body" });
  const hide = el("input", { type: "checkbox", id: "class-hide-names" });
  hide.addEventListener("change", () => ctrl.setHideNames(hide.checked));
  const root = el("article", { class: "debrief-page classroom-page", id: "class", "aria-labelledby": "class-title" },
    el("div", { class: "row" },
      el("h1", { id: "class-title", class: "spacer" }, ct("class.title")),
      el("div", { class: "row no-print" },
        el("label", { class: "row", for: "class-hide-names" }, hide, ct("class.hideNames")),
        button(ct("class.csv"), () => ctrl.host.exportCsv("chip-diplomacy-class.csv", classTableCsv(ctrl)), { id: "class-csv" }),
        button(ct("class.menu"), () => ctrl.host.menu(), { id: "class-menu" }, "Q"))),
    body);

  // Charts below the first screen are drawn as they near it (see lazyChart).
  let lazy: { destroy(): void }[] = [];
  const later = (build: () => HTMLElement, height: number): HTMLElement => {
    const chart = lazyChart(build, height);
    lazy.push(chart);
    return chart.element;
  };
  const render = () => {
    for (const chart of lazy) chart.destroy();
    lazy = [];
    clear(body);
    const { data } = ctrl;
    const students = data.students;
    body.appendChild(el("p", { class: "muted", id: "class-loaded" }, ct("class.loaded", { count: students.length, ms: data.ms })));
    const failed = [...ctrl.problems, ...data.failed];
    if (failed.length > 0) {
      body.appendChild(el("section", { class: "report-section", id: "class-failed", role: "alert" },
        el("h2", {}, ct("class.failed", { count: failed.length })),
        el("ul", {}, failed.map((f) => el("li", {}, el("strong", {}, ctrl.hideNames ? "" : `${f.file}: `), f.reason)))));
    }
    if (students.length === 0) return;
    const first = students[0];
    body.appendChild(el("p", { id: "class-world" }, data.sameWorld && first
      ? ct("class.sameSeed", { scenario: localized(first.scenarioTitle as { en: string }) || first.scenarioId, seed: first.seed })
      : ct("class.differentSeeds")));

    // Scores: the distribution, its outliers, the table.
    const d = ctrl.distribution();
    const outliers = ctrl.outliers();
    body.appendChild(el("section", { class: "report-section" },
      el("h2", {}, ct("class.scores")),
      scoreStrip(ct("class.scores"), students.map((s, i) => ({ label: ctrl.labelOf(i), score: s.score })), d.median),
      el("p", { id: "class-stats" }, ct("class.stats", { median: d.median, min: d.min, max: d.max })),
      el("h3", {}, ct("class.outliers")),
      outliers.length === 0 ? el("p", { id: "class-outliers" }, ct("class.noOutliers"))
        : el("ul", { id: "class-outliers" }, outliers.map((i) => {
          const s = students[i];
          return el("li", {}, ct("class.outlier", { name: ctrl.labelOf(i), score: s?.score ?? 0, gap: Math.abs((s?.score ?? 0) - d.median), median: d.median }));
        })),
      el("table", { class: "ledger class-table", id: "class-table" },
        el("thead", {}, el("tr", {}, [ct("class.label"), ct("class.score"), ct("class.grade"), t("score.security"), t("score.economy"), t("score.alliances"), ct("class.policy"), ct("class.leakage"), ""].map((h) => el("th", {}, h)))),
        el("tbody", {}, students.map((s, i) => {
          const last = s.tracks[s.tracks.length - 1];
          return el("tr", { "data-file": s.file },
            el("td", {}, ctrl.labelOf(i)),
            el("td", { class: "num score" }, String(s.score)),
            el("td", {}, s.grade),
            el("td", { class: "num" }, String(s.parts.security)),
            el("td", { class: "num" }, String(s.parts.economy)),
            el("td", { class: "num" }, String(s.parts.alliances)),
            el("td", {}, t(`policy.${s.policy}`)),
            el("td", { class: "num" }, formatCompact(last?.leakageTrue ?? 0)),
            el("td", { class: "no-print" }, button(ct("class.open"), () => ctrl.open(s), { class: "small" })));
        })))));
    if (!data.sameWorld) return;

    // One world: tracks overlaid, deals per country, the utility space.
    const charts = el("div", { class: "charts" });
    const overlay = (track: "leakageTrue" | "revenue" | "alliedTrust", format: (v: number) => string) => later(() =>
      monthLines(ct("class.tracks", { track: t(`track.${track}`) }), students.map((s, i) => ({ label: ctrl.labelOf(i), values: s.tracks.map((x) => x[track]) })), { format, thin: true, width: 420, height: 200 }).element, 240);
    charts.append(overlay("leakageTrue", formatCompact), overlay("revenue", formatMillions), overlay("alliedTrust", (v) => formatNumber(v)));
    body.appendChild(el("section", { class: "report-section" }, el("h2", {}, ct("viewer.tracks")), charts));

    const countries = [...new Set(students.flatMap((s) => Object.keys(s.deals)))].sort((a, b) => ctrl.countryName(a).localeCompare(ctrl.countryName(b)));
    body.appendChild(el("section", { class: "report-section" },
      el("h2", {}, ct("class.deals")),
      el("div", { style: "overflow-x:auto" }, el("table", { class: "ledger class-table", id: "class-deals" },
        el("thead", {}, el("tr", {}, el("th", {}, ct("class.label")), countries.map((c) => el("th", { title: ctrl.countryName(c) }, c)))),
        el("tbody", {}, students.map((s, i) => el("tr", {}, el("td", {}, ctrl.labelOf(i)),
          countries.map((c) => el("td", { class: "num" }, s.deals[c] ? formatCompact(s.deals[c].chips) : "—")))))))));

    if (ctrl.country && data.scenario) {
      const id = ctrl.country;
      const select = el("select", { id: "class-space-country", "aria-label": t("debrief.country") },
        ctrl.signedCountries().sort((a, b) => ctrl.countryName(a).localeCompare(ctrl.countryName(b))).map((c) => el("option", { value: c, selected: c === id }, ctrl.countryName(c))));
      select.addEventListener("change", () => ctrl.setCountry(select.value));
      const noun = countryRef(id, ctrl.countryName(id));
      const deals = students.flatMap((s, i) => {
        const deal = s.deals[id];
        return deal && deal.us !== null && deal.country !== null ? [{ label: ctrl.labelOf(i), us: deal.us, country: deal.country }] : [];
      });
      body.appendChild(el("section", { class: "report-section", id: "class-space" },
        el("h2", {}, ct("class.space", { country: noun })),
        el("div", { class: "row no-print" }, select),
        el("p", { class: "muted" }, ct("class.spaceExplain", { country: noun })),
        // The space itself (every package the country could be offered) is computed when the chart is drawn.
        later(() => {
          const space = ctrl.space(id);
          return space ? utilitySpace(ct("class.space", { country: noun }), { reservation: space.reservation, nash: space.nash, frontier: space.frontier, deals }) : el("p", { class: "muted" }, "—");
        }, 340)));
    }
  };
  const off = ctrl.onChange(render);
  render();
  return { root, destroy: () => { off(); for (const chart of lazy) chart.destroy(); } };
}
