// The world map asset (built by tools/build-map.ts) decoded into Path2D shapes, drawn onto a plain 2D
// canvas that Phaser then shows as a texture. Canvas paths give exact hit testing (isPointInPath) and
// hatch patterns, and the map is redrawn only when a layer or the window changes, not every frame.

export interface MapCountry {
  id: string | null;
  name: string;
  centroid: [number, number];
  area: number;
  /** Too small to see or click at world scale: drawn with a dot when it matters in the game. */
  marker: boolean;
  path: Path2D;
  /** Absolute ring coordinates [x0, y0, x1, y1, ...], for outlines drawn by Phaser. */
  rings: number[][];
  bbox: [number, number, number, number];
}

export interface WorldMap {
  width: number;
  height: number;
  countries: MapCountry[];
  byId: Map<string, MapCountry>;
}

interface RawCountry {
  id: string | null;
  name: string;
  centroid: [number, number];
  area: number;
  marker: boolean;
  rings: number[][];
}

export function decodeWorldMap(raw: unknown): WorldMap {
  const data = raw as { format?: string; version?: number; width: number; height: number; countries: RawCountry[] };
  if (!data || data.format !== "chip-diplomacy-map" || data.version !== 1) {
    throw new Error("assets/map/world.json is not a version 1 map: run npm run build:map");
  }
  const countries = data.countries.map((country): MapCountry => {
    const path = new Path2D();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const rings: number[][] = [];
    for (const ring of country.rings) {
      let x = 0;
      let y = 0;
      const absolute: number[] = [];
      rings.push(absolute);
      for (let i = 0; i < ring.length; i += 2) {
        x += ring[i] ?? 0;
        y += ring[i + 1] ?? 0;
        absolute.push(x, y);
        if (i === 0) path.moveTo(x, y);
        else path.lineTo(x, y);
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
      path.closePath();
    }
    return { id: country.id, name: country.name, centroid: country.centroid, area: country.area, marker: country.marker, path, rings, bbox: [minX, minY, maxX, maxY] };
  });
  const byId = new Map<string, MapCountry>();
  for (const country of countries) if (country.id) byId.set(country.id, country);
  return { width: data.width, height: data.height, countries, byId };
}

/** Where the map sits inside a box: uniform scale, centred. */
export interface MapFrame {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export function fitFrame(map: WorldMap, boxWidth: number, boxHeight: number): MapFrame {
  const scale = Math.min(boxWidth / map.width, boxHeight / map.height);
  return { scale, offsetX: (boxWidth - map.width * scale) / 2, offsetY: (boxHeight - map.height * scale) / 2 };
}

export type Fill = string | CanvasPattern;

export interface DrawOptions {
  frame: MapFrame;
  background: string;
  border: string;
  borderWidth: number;
  fillFor(country: MapCountry): Fill;
  /** A dot for countries too small to see or click (only those that matter in the game); null for none. */
  markerFor?(country: MapCountry): Fill | null;
  /** Where a country's dot goes (map units), when dots close together are spread apart; default its centroid. */
  markerAt?(country: MapCountry): [number, number] | undefined;
  markerRadius: number;
}

export function drawMap(context: CanvasRenderingContext2D, map: WorldMap, options: DrawOptions): void {
  for (const step of drawMapSteps(context, map, options)) void step;
}

/**
 * The same drawing, one slice at a time: it yields after every `sliceSize` countries, so a caller with
 * time to spare (the menu's backdrop, in idle callbacks) never holds the main thread for long.
 */
export function* drawMapSteps(context: CanvasRenderingContext2D, map: WorldMap, options: DrawOptions, sliceSize = Infinity): Generator<void> {
  const { frame } = options;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = options.background;
  context.fillRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(frame.scale, 0, 0, frame.scale, frame.offsetX, frame.offsetY);
  context.lineJoin = "round";
  context.lineWidth = options.borderWidth / frame.scale;
  context.strokeStyle = options.border;
  let drawn = 0;
  for (const country of map.countries) {
    if (drawn > 0 && drawn % sliceSize === 0) {
      yield;
      // Another caller may have used the context meanwhile: set the map's transform and pen again.
      context.setTransform(frame.scale, 0, 0, frame.scale, frame.offsetX, frame.offsetY);
      context.lineJoin = "round";
      context.lineWidth = options.borderWidth / frame.scale;
      context.strokeStyle = options.border;
    }
    context.fillStyle = options.fillFor(country);
    context.fill(country.path, "evenodd");
    context.stroke(country.path);
    drawn += 1;
  }
  if (!options.markerFor) return;
  const radius = options.markerRadius / frame.scale;
  for (const country of map.countries) {
    const fill = options.markerFor(country);
    if (!fill) continue;
    const [x, y] = options.markerAt?.(country) ?? country.centroid;
    if (x !== country.centroid[0] || y !== country.centroid[1]) {
      // A dot moved off its country keeps a thin line to where the country is.
      context.beginPath();
      context.moveTo(country.centroid[0], country.centroid[1]);
      context.lineTo(x, y);
      context.lineWidth = options.borderWidth / frame.scale;
      context.strokeStyle = "#ffffffaa";
      context.stroke();
    }
    context.beginPath();
    context.arc(x, y, radius, 0, Math.PI * 2);
    context.fillStyle = fill;
    context.fill();
    context.lineWidth = (options.borderWidth * 1.5) / frame.scale;
    context.strokeStyle = "#ffffff";
    context.stroke();
  }
}

/** Diagonal stripes: the second visual signal beside colour (negotiating, tier 2, medium risk...). */
export function hatch(context: CanvasRenderingContext2D, base: string, stripe: string, spacing: number, cross = false): CanvasPattern | string {
  const size = Math.max(4, Math.round(spacing));
  const tile = document.createElement("canvas");
  tile.width = size;
  tile.height = size;
  const tileContext = tile.getContext("2d");
  if (!tileContext) return base;
  tileContext.fillStyle = base;
  tileContext.fillRect(0, 0, size, size);
  tileContext.strokeStyle = stripe;
  tileContext.lineWidth = Math.max(1, size / 4);
  tileContext.beginPath();
  tileContext.moveTo(-1, size + 1);
  tileContext.lineTo(size + 1, -1);
  if (cross) {
    tileContext.moveTo(-1, -1);
    tileContext.lineTo(size + 1, size + 1);
  }
  tileContext.stroke();
  return context.createPattern(tile, "repeat") ?? base;
}

/** The country under a canvas point; markers (`markerIds`) win over the tiny shapes they stand for. */
export function countryAt(
  context: CanvasRenderingContext2D,
  map: WorldMap,
  frame: MapFrame,
  x: number,
  y: number,
  markerIds: ReadonlySet<string>,
  markerRadius: number,
  markerAt?: ReadonlyMap<string, [number, number]>,
): MapCountry | undefined {
  const mx = (x - frame.offsetX) / frame.scale;
  const my = (y - frame.offsetY) / frame.scale;
  const reach = (markerRadius * 1.6) / frame.scale;
  // The nearest dot within reach: dots close together each keep their own ground.
  let nearest: { country: MapCountry; distance: number } | undefined;
  for (const id of markerIds) {
    const country = map.byId.get(id);
    if (!country) continue;
    const [cx, cy] = markerAt?.get(id) ?? country.centroid;
    const distance = Math.max(Math.abs(cx - mx), Math.abs(cy - my));
    if (distance <= reach && (!nearest || distance < nearest.distance)) nearest = { country, distance };
  }
  if (nearest) return nearest.country;
  context.setTransform(1, 0, 0, 1, 0, 0);
  // Smallest first, so an enclave is found before the country around it.
  let best: MapCountry | undefined;
  for (const country of map.countries) {
    const [x0, y0, x1, y1] = country.bbox;
    if (mx < x0 || mx > x1 || my < y0 || my > y1) continue;
    if (!context.isPointInPath(country.path, mx, my, "evenodd")) continue;
    if (!best || country.area < best.area) best = country;
  }
  return best;
}

export function toCanvas(frame: MapFrame, point: [number, number]): [number, number] {
  return [frame.offsetX + point[0] * frame.scale, frame.offsetY + point[1] * frame.scale];
}
