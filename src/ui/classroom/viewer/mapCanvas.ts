// The month's map in the viewer: the game's deal layer (colour and hatching) drawn on a plain canvas with
// the map module's own drawing code, and a legend beside it as text.
import type { GameState } from "../../../core";
import { t } from "../../../i18n";
import { el } from "../../dom";
import { cssColour, palette } from "../../palette";
import { categoriesOf, categoryKeyOf, darker, type Category } from "../../map/layers";
import { drawMap, fitFrame, hatch, type Fill, type WorldMap } from "../../map/worldMap";

export interface MonthMap {
  element: HTMLElement;
  draw(state: GameState): void;
}

export function monthMap(map: WorldMap, title: string): MonthMap {
  const ratio = Math.min(2, window.devicePixelRatio || 1);
  const width = 560;
  const height = Math.round((width * map.height) / map.width);
  const canvas = el("canvas", { id: "viewer-map", width: Math.round(width * ratio), height: Math.round(height * ratio), style: `width:100%;max-width:${width}px;aspect-ratio:${width}/${height}`, role: "img", "aria-label": title });
  const context = canvas.getContext("2d");
  const categories = categoriesOf("deal");
  const legend = el("div", { class: "row muted chart-legend" }, categories.map((c) => el("span", {}, el("span", { class: `swatch ${c.texture}`, style: `background:${cssColour(c.colour)}` }), t(c.label))));
  const fills = new Map<string, Fill>();
  const fillOf = (category: Category): Fill => {
    const cached = fills.get(category.key);
    if (cached) return cached;
    const base = cssColour(category.colour);
    const fill = !context || category.texture === "solid" ? base : hatch(context, base, darker(category.colour), 6 * ratio, category.texture === "cross");
    fills.set(category.key, fill);
    return fill;
  };
  const frame = fitFrame(map, canvas.width, canvas.height);
  return {
    element: el("figure", { class: "chart viewer-map" }, el("figcaption", {}, el("strong", {}, title)), canvas, legend),
    draw(state) {
      if (!context) return;
      const colours = palette();
      const fillFor = (id: string | null): Fill | null => {
        const country = id ? state.countries[id] : undefined;
        if (!country) return null;
        const key = categoryKeyOf("deal", state, country);
        const category = categories.find((c) => c.key === key);
        return category ? fillOf(category) : null;
      };
      drawMap(context, map, {
        frame,
        background: cssColour(colours.ocean),
        border: cssColour(colours.background),
        borderWidth: 0.7 * ratio,
        fillFor: (country) => fillFor(country.id) ?? cssColour(colours.landNeutral),
        markerFor: (country) => (country.marker && country.id ? fillFor(country.id) : null),
        markerRadius: 4 * ratio,
      });
    },
  };
}
