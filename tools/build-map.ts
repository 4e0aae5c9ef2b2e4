/**
 * Builds assets/map/world.json from Natural Earth 1:50m (world-atlas) — run with `npm run build:map`.
 *
 * Projection and simplification happen here, at build time, so that neither d3 nor the 750 KB TopoJSON
 * reaches the browser. We simplify the TopoJSON *arcs* (shared borders) rather than each country's rings:
 * two neighbours then keep exactly the same simplified border, with no slivers or gaps between them.
 *
 * Output format (version 1), all coordinates integers in a `width` × `height` box, y down:
 *   { format: "chip-diplomacy-map", version: 1, width, height,
 *     countries: [{ id: "SG" | null, name, centroid: [x, y], area, marker, rings: [[x0, y0, dx1, dy1, ...], ...] }] }
 * Rings are delta-encoded (first point absolute, then differences), which gzips far better than absolute points.
 * `marker` is true for states too small to see or click at world scale (Singapore, Bahrain, Qatar...);
 * the game draws a dot for them. `id` is null for territories without an ISO code (Somaliland, N. Cyprus...),
 * drawn as land but not selectable.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection, Polygon, MultiPolygon } from "topojson-specification";
import type { Feature, Geometry } from "geojson";

const require = createRequire(import.meta.url);
const isoCountries = require("i18n-iso-countries") as { numericToAlpha2(code: string): string | undefined };

const WIDTH = 2000;
/** Douglas–Peucker tolerance in output units (the map is usually shown 800–1600 px wide). */
const TOLERANCE = 1.1;
/** Rings smaller than this (square units) are dropped, unless they are a country's largest. */
const MIN_RING_AREA = 6;
/** Countries whose largest ring is smaller than this get a clickable marker. */
const MARKER_AREA = 140;
/** Antarctica has no part in the chip trade and would take a sixth of the screen. */
const EXCLUDED_NUMERIC_IDS = new Set(["010"]);
/** Codes that ISO 3166-1 does not assign but that everyone uses. */
const EXTRA_CODES: Record<string, string> = { Kosovo: "XK" };

type Point = [number, number];
type CountryProps = { name: string };

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const topology = JSON.parse(
  readFileSync(resolve(root, "node_modules/world-atlas/countries-50m.json"), "utf8"),
) as Topology<{ countries: GeometryCollection<CountryProps> }>;

const collection = topology.objects.countries;
const kept = collection.geometries.filter((g) => !EXCLUDED_NUMERIC_IDS.has(String(g.id)));
const features = kept.map((g) => feature(topology, g) as Feature<Geometry, CountryProps>);

const projection = geoNaturalEarth1().fitWidth(WIDTH, { type: "FeatureCollection", features });
const path = geoPath(projection);
const [[, top], [, bottom]] = path.bounds({ type: "FeatureCollection", features });
const height = Math.ceil(bottom - top);
projection.translate([projection.translate()[0], projection.translate()[1] - top]);

/** Decodes one quantized, delta-encoded TopoJSON arc into projected points. */
function projectArc(arc: number[][]): Point[] {
  const transform = topology.transform;
  if (!transform) throw new Error("world-atlas topology is expected to be quantized");
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  let x = 0;
  let y = 0;
  const out: Point[] = [];
  for (const position of arc) {
    x += position[0] ?? 0;
    y += position[1] ?? 0;
    const projected = projection([x * sx + tx, y * sy + ty]);
    if (projected) out.push(projected);
  }
  return out;
}

function perpendicularDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

/** Douglas–Peucker, iterative; always keeps both ends so arcs still meet at the same junctions. */
function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxDistance = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i]!, points[first]!, points[last]!);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (index >= 0 && maxDistance > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

const simplifiedArcs = topology.arcs.map((arc) => simplify(projectArc(arc), TOLERANCE));

function ringFromArcs(arcIndexes: number[]): Point[] {
  const ring: Point[] = [];
  for (const index of arcIndexes) {
    const arc = index >= 0 ? simplifiedArcs[index]! : [...simplifiedArcs[~index]!].reverse();
    // Consecutive arcs share their junction point: skip the duplicate.
    ring.push(...(ring.length > 0 ? arc.slice(1) : arc));
  }
  return ring;
}

/**
 * A ring that crosses the antimeridian (Chukotka) jumps from one edge of the map to the other. Cut it at
 * each jump and close every piece on its own side; otherwise a line would cross the whole map.
 */
function splitAtAntimeridian(ring: Point[]): Point[][] {
  const jumps: number[] = [];
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i]![0] - ring[i - 1]![0]) > WIDTH / 2) jumps.push(i);
  if (jumps.length === 0) return [ring];
  const start = jumps[0]!;
  const rotated = [...ring.slice(start), ...ring.slice(1, start)];
  const pieces: Point[][] = [[]];
  for (let i = 0; i < rotated.length; i++) {
    if (i > 0 && Math.abs(rotated[i]![0] - rotated[i - 1]![0]) > WIDTH / 2) pieces.push([]);
    pieces[pieces.length - 1]!.push(rotated[i]!);
  }
  return pieces.filter((piece) => piece.length >= 3);
}

function ringArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  }
  return Math.abs(sum / 2);
}

function planarCentroid(ring: Point[]): Point {
  let cx = 0;
  let cy = 0;
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
    twiceArea += cross;
    cx += (ring[j]![0] + ring[i]![0]) * cross;
    cy += (ring[j]![1] + ring[i]![1]) * cross;
  }
  return [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}

function quantize(ring: Point[]): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [x, y] of ring) {
    const qx = Math.round(x);
    const qy = Math.round(y);
    if (out.length > 0 && qx === px && qy === py) continue;
    out.push(out.length === 0 ? qx : qx - px, out.length === 0 ? qy : qy - py);
    px = qx;
    py = qy;
  }
  return out;
}

type Geom = Polygon<CountryProps> | MultiPolygon<CountryProps>;

const pieces = kept.map((geometry, n) => {
  const name = String((geometry.properties as CountryProps | undefined)?.name ?? "");
  const numeric = geometry.id === undefined ? undefined : String(geometry.id);
  const id = (numeric && isoCountries.numericToAlpha2(numeric)) || EXTRA_CODES[name] || null;
  const g = geometry as unknown as Geom;
  const polygons: number[][][] = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  const rings = polygons.flatMap((polygon) => polygon.flatMap((arcs) => splitAtAntimeridian(ringFromArcs(arcs)))).filter((r) => r.length >= 3);
  const areas = rings.map(ringArea);
  const largest = Math.max(0, ...areas);
  const keptRings = rings.filter((_, i) => areas[i]! >= MIN_RING_AREA || areas[i] === largest);
  // Label and marker go on the largest polygon, not the whole feature: France's centroid must not drift
  // towards French Guiana.
  const largestRing = rings[areas.indexOf(largest)];
  const centroid = largestRing && largest > 0 ? planarCentroid(largestRing) : path.centroid(features[n]!);
  return {
    id,
    name,
    centroid: [Math.round(centroid[0]), Math.round(centroid[1])],
    area: Math.round(areas.reduce((a, b) => a + b, 0)),
    marker: largest < MARKER_AREA,
    rings: keptRings.map(quantize).filter((r) => r.length >= 6),
  };
});

// Some ISO codes cover several Natural Earth features (Ashmore and Cartier Is. is "036", Australia):
// merge them, keeping the larger piece's name, label point and marker decision.
type CountryEntry = (typeof pieces)[number];
const byId = new Map<string, CountryEntry>();
const countries: CountryEntry[] = [];
for (const piece of [...pieces].sort((a, b) => b.area - a.area)) {
  const existing = piece.id ? byId.get(piece.id) : undefined;
  if (existing) {
    existing.rings.push(...piece.rings);
    existing.area += piece.area;
  } else {
    if (piece.id) byId.set(piece.id, piece);
    countries.push(piece);
  }
}

const missingIds = countries.filter((c) => !c.id).map((c) => c.name);
const output = { format: "chip-diplomacy-map", version: 1, width: WIDTH, height, countries };
const target = resolve(root, "assets/map/world.json");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(output));
const points = countries.reduce((sum, c) => sum + c.rings.reduce((s, r) => s + r.length / 2, 0), 0);
console.log(
  `wrote ${target}: ${countries.length} countries, ${points} points, ` +
    `${countries.filter((c) => c.marker).length} markers; without ISO code: ${missingIds.join(", ")}`,
);
