// The classroom's charts, drawn by Observable Plot: overlays, distributions and a utility-space scatter are
// what a charting library does better than hand-drawn canvas code, and Plot draws SVG — crisp on paper,
// readable by screen readers (each chart carries a text description) — with dash patterns and symbols so
// that every chart stays legible printed in black and white. Plot (and the d3 modules it needs) is loaded
// only with the classroom screens, never before the menu.
import * as Plot from "@observablehq/plot";
import { formatNumber } from "../../i18n";
import { el } from "../dom";
import { ct } from "./strings";

export interface LineSeries {
  label: string;
  values: (number | null)[];
}

const DASHES = ["", "6 3", "2 2", "8 3 2 3", "1 3", "10 4"];
/** Dark enough to print, distinct on screen, and backed by dash patterns. */
export const INK = ["#4e9ad8", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#a0a0a0"];

export interface Figure {
  element: HTMLElement;
  /** Moves the month cursor (line charts by month). */
  setCursor(month: number): void;
}

function figure(title: string, description: string, chart: Element, legend?: HTMLElement | null): HTMLElement {
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg");
  svg?.setAttribute("role", "img");
  svg?.setAttribute("aria-label", `${title}. ${description}`);
  return el("figure", { class: "chart class-chart" }, el("figcaption", {}, el("strong", {}, title)), chart as HTMLElement, legend ?? null);
}

function legendWithSwatches(series: readonly LineSeries[], colours: readonly string[]): HTMLElement {
  const row = el("div", { class: "row muted chart-legend" });
  series.forEach((s, i) => {
    const swatch = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    swatch.setAttribute("width", "28");
    swatch.setAttribute("height", "8");
    swatch.setAttribute("aria-hidden", "true");
    const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    for (const [k, v] of Object.entries({ x1: "0", x2: "28", y1: "4", y2: "4", stroke: colours[i % colours.length] ?? "#888", "stroke-width": "2.5", "stroke-dasharray": DASHES[i % DASHES.length] ?? "" })) line.setAttribute(k, v);
    swatch.appendChild(line);
    row.appendChild(el("span", {}, swatch as unknown as HTMLElement, ` ${s.label}`));
  });
  return row;
}

/** Lines by month (x = month number from 1), one per series, with an optional month cursor. */
export function monthLines(title: string, series: readonly LineSeries[], options: { format?: (v: number) => string; width?: number; height?: number; cursor?: boolean; thin?: boolean; domain?: [number, number] } = {}): Figure {
  const width = options.width ?? 520;
  const height = options.height ?? 220;
  const rows = series.flatMap((s, i) => s.values.map((v, m) => ({ series: i, month: m + 1, value: v })).filter((r) => r.value !== null));
  const many = series.length > 8 || options.thin === true;
  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.15 })];
  series.forEach((_, i) => {
    marks.push(Plot.lineY(rows.filter((r) => r.series === i), {
      x: "month", y: "value",
      stroke: many ? INK[0] : INK[i % INK.length],
      strokeOpacity: many ? 0.55 : 1,
      strokeWidth: many ? 1.2 : 2,
      strokeDasharray: many ? undefined : DASHES[i % DASHES.length],
    }));
  });
  const chart = Plot.plot({
    width, height,
    marginLeft: 64, marginBottom: 34, marginRight: 12,
    style: { background: "transparent", fontSize: "11px", overflow: "visible" },
    x: { label: ct("chart.month"), tickFormat: (d: number) => String(d), nice: false },
    y: { label: null, grid: false, tickFormat: options.format ?? ((v: number) => formatNumber(v)), nice: true, zero: false, ...(options.domain ? { domain: options.domain } : {}) },
    marks,
  });
  const xScale = chart.scale("x");
  const yScale = chart.scale("y");
  let cursorLine: SVGLineElement | null = null;
  if (options.cursor && xScale && yScale) {
    cursorLine = document.createElementNS("http://www.w3.org/2000/svg", "line");
    cursorLine.setAttribute("class", "month-cursor");
    cursorLine.setAttribute("stroke", "currentColor");
    cursorLine.setAttribute("stroke-width", "1.5");
    cursorLine.setAttribute("stroke-dasharray", "3 2");
    const range = yScale.range as number[];
    cursorLine.setAttribute("y1", String(range[0] ?? 0));
    cursorLine.setAttribute("y2", String(range[1] ?? 0));
    chart.appendChild(cursorLine);
  }
  const description = series.map((s) => `${s.label}: ${s.values.map((v) => (v === null ? "—" : options.format ? options.format(v) : String(v))).join(", ")}`).join(". ");
  return {
    element: figure(title, description, chart, many ? null : legendWithSwatches(series, INK)),
    setCursor(month: number) {
      if (!cursorLine || !xScale?.apply) return;
      const x = String(xScale.apply(month + 1));
      cursorLine.setAttribute("x1", x);
      cursorLine.setAttribute("x2", x);
    },
  };
}

/** A dot per student (one row), with the median marked: the distribution of final scores. */
export function scoreStrip(title: string, points: readonly { label: string; score: number }[], median: number): HTMLElement {
  const chart = Plot.plot({
    width: 520, height: 120, marginLeft: 20, marginBottom: 34,
    style: { background: "transparent", fontSize: "11px" },
    x: { label: ct("chart.score"), domain: [0, 100] },
    marks: [
      Plot.ruleX([median], { stroke: "currentColor", strokeDasharray: "4 3" }),
      Plot.dotX(points, Plot.dodgeY({ x: "score", r: 5, fill: INK[0], stroke: "currentColor", strokeWidth: 0.8, title: (d: { label: string; score: number }) => `${d.label}: ${d.score}` })),
    ],
  });
  return figure(title, points.map((p) => `${p.label} ${p.score}`).join(", "), chart);
}

export interface SpaceData {
  reservation: number;
  nash: { us: number; country: number };
  frontier: { us: number; country: number }[];
  deals: { label: string; us: number; country: number }[];
}

/** US utility across, the country's up: the deals, the reservation line, the frontier and the Nash point. */
export function utilitySpace(title: string, space: SpaceData): HTMLElement {
  const chart = Plot.plot({
    width: 360, height: 300, marginLeft: 48, marginBottom: 38,
    style: { background: "transparent", fontSize: "11px" },
    x: { label: ct("chart.usUtility"), domain: [0, 1000], tickFormat: (v: number) => formatNumber(v) },
    y: { label: ct("chart.theirUtility"), domain: [0, 1000], tickFormat: (v: number) => formatNumber(v) },
    marks: [
      Plot.line(space.frontier, { x: "us", y: "country", stroke: "#999", strokeWidth: 1.5 }),
      Plot.ruleY([space.reservation], { stroke: "currentColor", strokeDasharray: "5 3" }),
      Plot.dot(space.deals, { x: "us", y: "country", r: 4, fill: INK[1], stroke: "currentColor", strokeWidth: 0.8, symbol: "circle", title: "label" }),
      Plot.dot([space.nash], { x: "us", y: "country", r: 8, stroke: "currentColor", strokeWidth: 2, fill: "none" }),
    ],
  });
  const description = `bottom line ${space.reservation}; Nash point (${space.nash.us}, ${space.nash.country}); deals: ${space.deals.map((d) => `${d.label} (${d.us}, ${d.country})`).join(", ")}`;
  return figure(title, description, chart);
}

/**
 * A chart drawn when it nears the screen (or before printing), in a placeholder of its size meanwhile: a
 * class page shows its first screen without waiting for the charts below it.
 */
export function lazyChart(build: () => HTMLElement, height: number): { element: HTMLElement; destroy(): void } {
  const holder = el("div", { class: "lazy-chart", style: `min-height:${height}px` });
  let drawn = false;
  const draw = () => {
    if (drawn) return;
    drawn = true;
    observer?.disconnect();
    window.removeEventListener("beforeprint", draw);
    holder.appendChild(build());
    holder.style.minHeight = "";
  };
  let observer: IntersectionObserver | null = null;
  // Watched once on the page, against the page's own scrolling box (so that the margin draws it just before it shows).
  requestAnimationFrame(() => {
    if (drawn || !holder.isConnected) return;
    if (typeof IntersectionObserver !== "function") return draw();
    const root = holder.closest<HTMLElement>(".debrief-page");
    observer = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) draw(); }, { root, rootMargin: "300px" });
    observer.observe(holder);
  });
  window.addEventListener("beforeprint", draw);
  return {
    element: holder,
    destroy() {
      drawn = true;
      observer?.disconnect();
      window.removeEventListener("beforeprint", draw);
    },
  };
}
