// Line charts as SVG: printable, crisp at any size, readable by screen readers (a title and a
// description carry the numbers). Built with createElementNS, never from markup strings.
import { el } from "../dom";
import { cssColour } from "../palette";

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface Series {
  label: string;
  values: number[];
  colour: number;
  dashed?: boolean;
  /** An explicit dash pattern, so that three lines stay apart in black and white. */
  dash?: string;
}

/** `zeroBased`: counts start the axis at 0; shares that move little are shown over their own range. */
export function lineChart(title: string, series: Series[], xLabels: string[], format: (v: number) => string, zeroBased = true): HTMLElement {
  const width = 320;
  const height = 160;
  const bottom = 22;
  const top = 10;
  const right = 8;
  const all = series.flatMap((s) => s.values);
  const low = Math.min(...all);
  const high = Math.max(...all);
  const padding = Math.max(1, (high - low) * 0.15);
  const min = zeroBased ? Math.min(0, low) : Math.max(0, low - padding);
  const max = zeroBased ? Math.max(1, high) : high + padding;
  // The axis labels decide the left margin: "6 Md $US" in French is longer than "$6B" (about 6.4 px a character at 11 px).
  const ticks = [min, (min + max) / 2, max].map(format);
  const left = Math.max(36, Math.ceil(Math.max(...ticks.map((label) => label.length)) * 6.4) + 10);
  const count = Math.max(2, ...series.map((s) => s.values.length));
  const x = (i: number) => left + (i / (count - 1)) * (width - left - right);
  const y = (v: number) => top + (1 - (v - min) / (max - min)) * (height - top - bottom);
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  root.appendChild(svg("title", {}, title));
  root.appendChild(svg("desc", {}, series.map((s) => `${s.label}: ${s.values.map(format).join(", ")}`).join(". ")));
  [min, (min + max) / 2, max].forEach((v, i) => {
    root.appendChild(svg("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: "#2f5577", "stroke-width": 0.6 }));
    root.appendChild(svg("text", { x: left - 4, y: y(v) + 3, "text-anchor": "end", "font-size": 11, fill: "#9fb3c8" }, ticks[i] ?? ""));
  });
  const first = xLabels[0];
  const last = xLabels[xLabels.length - 1];
  if (first) root.appendChild(svg("text", { x: left, y: height - 6, "font-size": 11, fill: "#9fb3c8" }, first));
  if (last) root.appendChild(svg("text", { x: width - right, y: height - 6, "font-size": 11, fill: "#9fb3c8", "text-anchor": "end" }, last));
  for (const s of series) {
    const d = s.values.map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
    root.appendChild(svg("path", { d, fill: "none", stroke: cssColour(s.colour), "stroke-width": 2, ...(s.dash ? { "stroke-dasharray": s.dash } : s.dashed ? { "stroke-dasharray": "5 3" } : {}) }));
  }
  const legend = el(
    "div",
    { class: "row muted", style: "font-size:0.85em" },
    series.map((s) => el("span", {}, el("span", { style: `display:inline-block;width:1.2em;border-top:3px ${s.dash ? "dotted" : s.dashed ? "dashed" : "solid"} ${cssColour(s.colour)};vertical-align:middle;margin-right:0.3em` }), s.label)),
  );
  return el("figure", { class: "chart" }, el("figcaption", {}, el("strong", {}, title)), root, series.length > 1 ? legend : null);
}
