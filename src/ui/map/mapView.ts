// The world map in the game scene: a canvas texture redrawn when the layer, the state or the layout
// changes; hover outline and tooltip; click or keyboard selection. Country names come from Intl.
import Phaser from "phaser";
import type { GameState } from "../../core";
import { t, countryName } from "../../i18n";
import { palette, cssColour } from "../palette";
import { cssToCanvas, devicePixelRatioClamped, fontSize, FONT_FAMILY, uiScale } from "../viewport";
import { countryAt, drawMap, fitFrame, hatch, toCanvas, type Fill, type MapCountry, type MapFrame, type WorldMap } from "./worldMap";
import { categoriesOf, categoryKeyOf, darker, type Category, type LayerId } from "./layers";
import { describeCountryBrief } from "../panels/countryFacts";

let textureSerial = 0;
const MAX_ZOOM = 8;

export class MapView {
  private image: Phaser.GameObjects.Image | undefined;
  private texture: Phaser.Textures.CanvasTexture | undefined;
  /** A fresh key per layout: an image is never left pointing at a texture that was removed. */
  private textureKey = "";
  private readonly outline: Phaser.GameObjects.Graphics;
  private readonly tooltip: Phaser.GameObjects.Text;
  private frame: MapFrame = { scale: 1, offsetX: 0, offsetY: 0 };
  private box = { x: 0, y: 0, width: 1, height: 1 };
  private hoverId: string | null = null;
  selectedId: string | null = null;
  layer: LayerId = "deal";
  /** 1 shows the whole world; up to MAX_ZOOM for the Gulf or Europe. UI state only. */
  private zoom = 1;
  /** The map point at the centre of the view (map units), kept across layouts. */
  private center: [number, number] | null = null;
  private drag: { x: number; y: number; moved: boolean } | null = null;
  private gameIds = new Set<string>();
  /** Game countries drawn as a dot at the current size: flagged tiny in the asset, or small on screen. */
  private markerIds = new Set<string>();
  /** Where each dot is drawn (map units), after spreading. */
  private markerAt = new Map<string, [number, number]>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly map: WorldMap,
    private readonly getState: () => GameState,
    private readonly onSelect: (id: string) => void,
  ) {
    this.outline = scene.add.graphics().setDepth(2);
    this.tooltip = scene.add
      .text(0, 0, "", {
        fontFamily: FONT_FAMILY,
        fontSize: fontSize(13),
        color: palette().text,
        backgroundColor: "#0b1622ee",
        padding: { x: 8 * uiScale(), y: 6 * uiScale() },
        wordWrap: { width: 300 * uiScale() },
      })
      .setDepth(10)
      .setVisible(false);
    this.gameIds = new Set(Object.keys(getState().countries));
  }

  layout(x: number, y: number, width: number, height: number): void {
    this.box = { x, y, width: Math.max(1, Math.floor(width)), height: Math.max(1, Math.floor(height)) };
    this.image?.destroy();
    this.image = undefined;
    if (this.textureKey && this.scene.textures.exists(this.textureKey)) this.scene.textures.remove(this.textureKey);
    this.textureKey = `game-map-${(textureSerial += 1)}`;
    this.texture = this.scene.textures.createCanvas(this.textureKey, this.box.width, this.box.height) ?? undefined;
    this.setFrame(this.zoom, this.center);
    this.tooltip.setVisible(false);
    this.image = this.scene.add.image(x, y, this.textureKey).setOrigin(0, 0).setDepth(1);
    this.image.setInteractive();
    const local = (pointer: Phaser.Input.Pointer): [number, number] => [pointer.x - this.box.x, pointer.y - this.box.y];
    this.image.on("pointermove", (pointer: Phaser.Input.Pointer) => {
      if (!this.reachesMap(pointer)) return this.hover(-1, -1);
      const drag = this.drag;
      if (drag && pointer.isDown) {
        const dx = pointer.x - drag.x;
        const dy = pointer.y - drag.y;
        if (!drag.moved && Math.abs(dx) + Math.abs(dy) < cssToCanvas(6)) return;
        drag.moved = true;
        this.tooltip.setVisible(false);
        this.pan(dx, dy);
        this.drag = { x: pointer.x, y: pointer.y, moved: true };
        return;
      }
      this.hover(...local(pointer), pointer);
    });
    this.image.on("pointerout", () => this.hover(-1, -1));
    this.image.on("pointerdown", (pointer: Phaser.Input.Pointer) => {
      this.drag = this.reachesMap(pointer) ? { x: pointer.x, y: pointer.y, moved: false } : null;
    });
    // A click selects on release, so that dragging the map never opens a country by accident. Both the
    // press and the release must land on the canvas itself with no dialog open: a click on a dialog, a
    // panel or the advisor's note over the map never reaches the country behind it.
    this.image.on("pointerup", (pointer: Phaser.Input.Pointer) => {
      const drag = this.drag;
      this.drag = null;
      if (!drag || drag.moved || !this.reachesMap(pointer)) return;
      const country = this.countryAtPoint(...local(pointer));
      this.tooltip.setVisible(false);
      if (country?.id && this.gameIds.has(country.id)) this.onSelect(country.id);
    });
    this.image.on("wheel", (pointer: Phaser.Input.Pointer, _dx: number, dy: number) => {
      if (!this.reachesMap(pointer)) return;
      this.zoomAt(dy < 0 ? 1.25 : 0.8, ...local(pointer));
    });
    this.redraw();
  }

  /** True when a pointer event was aimed at the map: on the canvas, with no modal dialog open. */
  private reachesMap(pointer: Phaser.Input.Pointer): boolean {
    if (document.querySelector("dialog[open]")) return false;
    const target = pointer.event?.target;
    return target === undefined || target === null || target === this.scene.game.canvas;
  }

  /** Zooms about the view's centre (keyboard: + and -); 0 resets to the whole world. */
  zoomBy(factor: number): void {
    if (factor === 0) {
      this.zoom = 1;
      this.center = null;
      this.setFrame(1, null);
      this.redraw();
      return;
    }
    this.zoomAt(factor, this.box.width / 2, this.box.height / 2);
  }

  private zoomAt(factor: number, x: number, y: number): void {
    const zoom = Math.min(MAX_ZOOM, Math.max(1, this.zoom * factor));
    if (zoom === this.zoom) return;
    // Keep the map point under (x, y) where it is.
    const { scale, offsetX, offsetY } = this.frame;
    const point: [number, number] = [(x - offsetX) / scale, (y - offsetY) / scale];
    const nextScale = (scale * zoom) / this.zoom;
    const nextOffsetX = x - point[0] * nextScale;
    const nextOffsetY = y - point[1] * nextScale;
    this.zoom = zoom;
    this.setFrame(zoom, [(this.box.width / 2 - nextOffsetX) / nextScale, (this.box.height / 2 - nextOffsetY) / nextScale]);
    this.redraw();
  }

  private pan(dx: number, dy: number): void {
    if (this.zoom === 1) return;
    const { scale, offsetX, offsetY } = this.frame;
    this.setFrame(this.zoom, [(this.box.width / 2 - offsetX - dx) / scale, (this.box.height / 2 - offsetY - dy) / scale]);
    this.redraw();
  }

  /** The frame for a zoom level and a centre, clamped so the map never leaves the view. */
  private setFrame(zoom: number, center: [number, number] | null): void {
    const { width, height } = this.box;
    const base = fitFrame(this.map, width, height);
    const scale = base.scale * zoom;
    const [cx, cy] = center ?? [this.map.width / 2, this.map.height / 2];
    const clampOffset = (offset: number, size: number, extent: number) =>
      extent <= size ? (size - extent) / 2 : Math.min(0, Math.max(size - extent, offset));
    const offsetX = clampOffset(width / 2 - cx * scale, width, this.map.width * scale);
    const offsetY = clampOffset(height / 2 - cy * scale, height, this.map.height * scale);
    this.frame = { scale, offsetX, offsetY };
    this.center = zoom === 1 ? null : [(width / 2 - offsetX) / scale, (height / 2 - offsetY) / scale];
    // Countries smaller than this on screen get a dot; thin ones (Malaysia, Israel) are hard to hit otherwise.
    const minArea = cssToCanvas(16) * cssToCanvas(16);
    this.markerIds = new Set(
      [...this.gameIds].filter((id) => {
        const country = this.map.byId.get(id);
        return !!country && (country.marker || country.area * scale * scale < minArea);
      }),
    );
    this.markerAt = this.spreadMarkers();
  }

  /**
   * Dots closer than two of their diameters (the Gulf states, the Benelux) are pushed apart a few times,
   * on screen, so that each can be seen and clicked; a thin line joins a moved dot to its country.
   */
  private spreadMarkers(): Map<string, [number, number]> {
    const { scale, offsetX, offsetY } = this.frame;
    const minDistance = cssToCanvas(5) * 2.6;
    const points = [...this.markerIds].sort().flatMap((id) => {
      const country = this.map.byId.get(id);
      return country ? [{ id, x: offsetX + country.centroid[0] * scale, y: offsetY + country.centroid[1] * scale }] : [];
    });
    for (let round = 0; round < 24; round++) {
      let moved = false;
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
          const a = points[i]!;
          const b = points[j]!;
          let dx = b.x - a.x;
          let dy = b.y - a.y;
          let distance = Math.hypot(dx, dy);
          if (distance >= minDistance) continue;
          if (distance < 0.01) {
            dx = 1;
            dy = (j % 3) - 1;
            distance = Math.hypot(dx, dy);
          }
          const push = (minDistance - distance) / 2 / distance;
          a.x -= dx * push;
          a.y -= dy * push;
          b.x += dx * push;
          b.y += dy * push;
          moved = true;
        }
      }
      if (!moved) break;
    }
    return new Map(points.map((p) => [p.id, [(p.x - offsetX) / scale, (p.y - offsetY) / scale] as [number, number]]));
  }

  setLayer(layer: LayerId): void {
    this.layer = layer;
    this.redraw();
  }

  redraw(): void {
    const texture = this.texture;
    if (!texture) return;
    const context = texture.getContext();
    const state = this.getState();
    const colours = palette();
    const fills = new Map<string, Fill>();
    const categories = categoriesOf(this.layer);
    const fillOf = (category: Category): Fill => {
      const cached = fills.get(category.key);
      if (cached) return cached;
      const base = cssColour(category.colour);
      const fill = category.texture === "solid" ? base : hatch(context, base, darker(category.colour), cssToCanvas(7), category.texture === "cross");
      fills.set(category.key, fill);
      return fill;
    };
    const fillForId = (id: string | null): Fill | null => {
      const country = id ? state.countries[id] : undefined;
      if (!country) return null;
      const key = categoryKeyOf(this.layer, state, country);
      const category = categories.find((c) => c.key === key);
      return category ? fillOf(category) : null;
    };
    drawMap(context, this.map, {
      frame: this.frame,
      background: cssColour(colours.ocean),
      border: cssColour(colours.background),
      borderWidth: cssToCanvas(0.7),
      fillFor: (country) => fillForId(country.id) ?? cssColour(colours.landNeutral),
      markerFor: (country) => (country.id && this.markerIds.has(country.id) ? fillForId(country.id) : null),
      markerAt: (country) => (country.id ? this.markerAt.get(country.id) : undefined),
      markerRadius: cssToCanvas(5),
    });
    const listed = Object.values(state.countries).filter((c) => c.entityListed).map((c) => c.id);
    for (const id of listed) this.drawListedMark(context, id);
    this.drawLegend(context, categories, fillOf, listed.length > 0);
    texture.refresh();
    this.drawOutlines();
  }

  /** A "no entry" sign on a country whose entities are listed: shape, not colour, says it. */
  private drawListedMark(context: CanvasRenderingContext2D, id: string, at?: [number, number]): void {
    const country = this.map.byId.get(id);
    if (!country && !at) return;
    const [x, y] = at ?? toCanvas(this.frame, this.markerAt.get(id) ?? country?.centroid ?? [0, 0]);
    const r = cssToCanvas(6);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.beginPath();
    context.arc(x, y, r, 0, Math.PI * 2);
    context.fillStyle = "#ffffff";
    context.fill();
    context.lineWidth = cssToCanvas(2);
    context.strokeStyle = "#c0392b";
    context.stroke();
    context.beginPath();
    context.moveTo(x - r * 0.7, y + r * 0.7);
    context.lineTo(x + r * 0.7, y - r * 0.7);
    context.stroke();
  }

  private drawLegend(context: CanvasRenderingContext2D, categories: Category[], fillOf: (c: Category) => Fill, listed = false): void {
    // A small map gets a smaller legend, so the legend never hides most of it.
    const scale = uiScale() * Math.min(1, Math.max(0.6, this.box.height / cssToCanvas(560), Math.min(this.box.height / cssToCanvas(560), this.box.width / cssToCanvas(1200))));
    const line = 20 * scale;
    const swatch = 14 * scale;
    const padding = 10 * scale;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.font = `${Math.round(13 * scale)}px ${FONT_FAMILY}`;
    const title = t(`layer.${this.layer}.title`);
    const labels = categories.map((c) => t(c.label));
    const width = Math.max(context.measureText(title).width, ...[...labels, t("map.entityListed")].map((l) => context.measureText(l).width + swatch + 8 * scale)) + padding * 2;
    const listedLabel = t("map.entityListed");
    const rowsCount = categories.length + 1 + (listed ? 1 : 0);
    const height = padding * 2 + line * rowsCount;
    const x = padding;
    const y = this.box.height - height - padding;
    context.fillStyle = "#0b1622dd";
    context.fillRect(x, y, width, height);
    context.fillStyle = palette().text;
    context.textBaseline = "middle";
    context.fillText(title, x + padding, y + padding + line / 2);
    categories.forEach((category, i) => {
      const rowY = y + padding + line * (i + 1);
      context.fillStyle = fillOf(category);
      context.fillRect(x + padding, rowY + (line - swatch) / 2, swatch, swatch);
      context.strokeStyle = "#ffffff88";
      context.lineWidth = 1;
      context.strokeRect(x + padding, rowY + (line - swatch) / 2, swatch, swatch);
      context.fillStyle = palette().text;
      context.fillText(labels[i] ?? "", x + padding + swatch + 8 * scale, rowY + line / 2);
    });
    if (listed) {
      const rowY = y + padding + line * (categories.length + 1);
      this.drawListedMark(context, "", [x + padding + swatch / 2, rowY + line / 2]);
      context.fillStyle = palette().text;
      context.fillText(listedLabel, x + padding + swatch + 8 * scale, rowY + line / 2);
    }
  }

  private countryAtPoint(x: number, y: number): MapCountry | undefined {
    if (!this.texture || x < 0 || y < 0) return undefined;
    return countryAt(this.texture.getContext(), this.map, this.frame, x, y, this.markerIds, cssToCanvas(5), this.markerAt);
  }

  private hover(x: number, y: number, pointer?: Phaser.Input.Pointer): void {
    const country = this.countryAtPoint(x, y);
    const id = country?.id && this.gameIds.has(country.id) ? country.id : null;
    this.scene.input.setDefaultCursor(id ? "pointer" : "default");
    if (!country || !pointer) {
      this.tooltip.setVisible(false);
    } else {
      const state = this.getState();
      const name = country.id ? countryName(country.id, country.name) : country.name;
      const text = id ? `${name}\n${describeCountryBrief(state, id, this.layer)}` : `${name}\n${t("map.notInScenario")}`;
      this.tooltip.setText(text).setVisible(true);
      const margin = 14 * uiScale();
      const tx = Math.min(pointer.x + margin, this.scene.scale.width - this.tooltip.width - 4);
      const ty = Math.min(pointer.y + margin, this.scene.scale.height - this.tooltip.height - 4);
      this.tooltip.setPosition(tx, ty);
    }
    if (id !== this.hoverId) {
      this.hoverId = id;
      this.drawOutlines();
    }
  }

  select(id: string | null): void {
    this.selectedId = id;
    this.drawOutlines();
  }

  private drawOutlines(): void {
    this.outline.clear();
    const draw = (id: string | null, width: number, colour: number) => {
      const country = id ? this.map.byId.get(id) : undefined;
      if (!country) return;
      this.outline.lineStyle(width, colour, 1);
      if (id && this.markerIds.has(id)) {
        const [cx, cy] = toCanvas(this.frame, this.markerAt.get(id) ?? country.centroid);
        this.outline.strokeCircle(this.box.x + cx, this.box.y + cy, cssToCanvas(9));
      }
      for (const ring of country.rings) {
        const points: Phaser.Math.Vector2[] = [];
        for (let i = 0; i < ring.length; i += 2) {
          const [px, py] = toCanvas(this.frame, [ring[i] ?? 0, ring[i + 1] ?? 0]);
          points.push(new Phaser.Math.Vector2(this.box.x + px, this.box.y + py));
        }
        if (points.length > 2) this.outline.strokePoints(points, true, true);
      }
    };
    draw(this.hoverId, cssToCanvas(1.5), 0xffffff);
    draw(this.selectedId, cssToCanvas(2.5), palette().highlight);
  }

  /** Where a country is, in CSS pixels of the page (for tests and for placing things next to it). */
  locate(id: string): { x: number; y: number } | null {
    const country = this.map.byId.get(id);
    if (!country) return null;
    const [x, y] = toCanvas(this.frame, (this.markerIds.has(id) ? this.markerAt.get(id) : undefined) ?? country.centroid);
    const ratio = devicePixelRatioClamped();
    return { x: (this.box.x + x) / ratio, y: (this.box.y + y) / ratio };
  }

  destroy(): void {
    this.image?.destroy();
    this.image = undefined;
    this.outline.destroy();
    this.tooltip.destroy();
    if (this.textureKey && this.scene.textures.exists(this.textureKey)) this.scene.textures.remove(this.textureKey);
  }
}
