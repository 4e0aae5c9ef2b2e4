// "Did you mean ...?" for an unknown field: the closest field the schema allows at that place.
import type * as v from "valibot";

type AnySchema = v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>;
interface Walkable { type?: string; entries?: Record<string, AnySchema>; wrapped?: AnySchema; item?: AnySchema; options?: AnySchema[] }

/** Field names allowed in the object at `path` (a formatted path such as `countries[2]`). */
function fieldsAt(schema: AnySchema, keys: (string | number)[]): string[] {
  const node = schema as Walkable;
  if (node.wrapped) return fieldsAt(node.wrapped, keys);
  if (node.options) return node.options.flatMap((option) => fieldsAt(option, keys));
  if (keys.length === 0) return node.entries ? Object.keys(node.entries) : [];
  const [key, ...rest] = keys;
  if (typeof key === "number") return node.item ? fieldsAt(node.item, rest) : [];
  const child = key === undefined ? undefined : node.entries?.[key];
  return child ? fieldsAt(child, rest) : [];
}

function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const pattern = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(pattern)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else if (m[3] !== undefined) keys.push(JSON.parse(m[3]) as string);
  }
  return keys;
}

/** Edit distance, capped: only near misses matter. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? Number.MAX_SAFE_INTEGER;
}

/** The allowed field closest to `unknown` at the unknown field's path, or null if none is close. */
export function suggestKey(schema: AnySchema, path: string, unknown: string): string | null {
  const keys = parsePath(path).slice(0, -1);
  let best: { key: string; d: number } | null = null;
  for (const key of new Set(fieldsAt(schema, keys))) {
    const d = key.toLowerCase() === unknown.toLowerCase() ? 0 : distance(key.toLowerCase(), unknown.toLowerCase());
    if (d <= Math.max(1, Math.floor(key.length / 4)) && (!best || d < best.d)) best = { key, d };
  }
  return best?.key ?? null;
}

/** The description the schema gives the field at `path`, for "expected" when the field is missing. */
export function describeField(schema: AnySchema, path: string): string | null {
  let node: AnySchema | undefined = schema;
  for (const key of parsePath(path)) {
    let walk = node as Walkable | undefined;
    while (walk?.wrapped) walk = walk.wrapped as Walkable;
    const candidates: Walkable[] = walk?.options ? (walk.options as Walkable[]) : walk ? [walk] : [];
    node = undefined;
    for (const candidate of candidates) {
      node = typeof key === "number" ? candidate.item : candidate.entries?.[key];
      if (node) break;
    }
    if (!node) return null;
  }
  return descriptionOf(node);
}

function descriptionOf(schema: AnySchema): string | null {
  const node = schema as Walkable & { pipe?: { type?: string; description?: string }[] };
  for (const action of node.pipe ?? []) if (action.type === "description" && action.description) return action.description;
  return node.wrapped ? descriptionOf(node.wrapped) : null;
}
