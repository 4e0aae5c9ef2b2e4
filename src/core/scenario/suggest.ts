// "Did you mean ...?" for an unknown field: the closest field the schema allows at that place.
import type * as v from "valibot";
import { closestOf } from "../problems";

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

/** The allowed field closest to `unknown` at the unknown field's path, or null if none is close. */
export function suggestKey(schema: AnySchema, path: string, unknown: string): string | null {
  return closestOf(new Set(fieldsAt(schema, parsePath(path).slice(0, -1))), unknown);
}

/** Examples for the objects people most often leave out; other fields are described from the schema. */
const EXAMPLES = new Map<string, string>([
  ["tiered", "an object such as {\"tier2Cap\": 49901, \"g2gCap\": 99802}"],
  ["scoring", "an object such as {\"weights\": {\"security\": 400, \"economy\": 350, \"alliances\": 250}, \"leakageReference\": 400000, \"investmentReference\": 2000, \"adversaryShareLimit\": 300}"],
  ["scoring.weights", "an object such as {\"security\": 400, \"economy\": 350, \"alliances\": 250}"],
  ["globals", "an object with the world's fifteen starting values (see scenarios/README.md, \"globals\")"],
  ["countries[].priorities", "an object such as {\"chips\": 500, \"investment\": 150, \"tariffs\": 150, \"sovereignty\": 200}"],
  ["countries[].reservation", "an object such as {\"min\": 450, \"max\": 650}"],
  ["countries", "a list of countries [ {\"id\": \"AE\", ...} ]"],
]);

interface Described { description: string; example: string }

/**
 * What the field at `path` is (its description from the schema, as a phrase) and an example of a value,
 * for a required field that is missing: `tiered` → "parameters of the tiered regime (the rescinded rule)" and
 * `an object such as {"tier2Cap": 49901, "g2gCap": 99802}`.
 */
export function describeField(schema: AnySchema, path: string): Described | null {
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
  const description = descriptionOf(node);
  if (description === null) return null;
  const phrase = description.replace(/\.$/, "");
  const pattern = path.replace(/\[\d+\]/g, "[]");
  return { description: phrase.charAt(0).toLowerCase() + phrase.slice(1), example: EXAMPLES.get(pattern) ?? valueKind(node) };
}

interface SchemaNode { type?: string; wrapped?: AnySchema; entries?: Record<string, AnySchema>; options?: unknown[]; pipe?: { type?: string; requirement?: unknown; message?: unknown }[] }

/** A value of the schema's kind, in words: "a whole number from 0 to 1000", "an object with min, max". */
function valueKind(schema: AnySchema): string {
  let node = schema as SchemaNode;
  while (node.wrapped) node = node.wrapped as SchemaNode;
  const action = (type: string) => node.pipe?.find((a) => a.type === type);
  switch (node.type) {
    case "number": {
      const min = action("min_value")?.requirement;
      const max = action("max_value")?.requirement;
      return min !== undefined && max !== undefined ? `a whole number from ${String(min)} to ${String(max)}` : "a number";
    }
    case "string": {
      const regex = action("regex")?.message;
      return typeof regex === "string" ? regex : "a text in double quotes";
    }
    case "boolean": return "true or false";
    case "array": return "a list [ ... ]";
    case "union": return "a text (\"...\") or texts per language ({\"en\": \"...\", \"fr\": \"...\"})";
    case "picklist": return "one of the allowed values";
    case "strict_object": case "object": return `an object with ${Object.keys(node.entries ?? {}).join(", ")}`;
    default: return "a value";
  }
}

function descriptionOf(schema: AnySchema): string | null {
  const node = schema as Walkable & { pipe?: { type?: string; description?: string }[] };
  for (const action of node.pipe ?? []) if (action.type === "description" && action.description) return action.description;
  return node.wrapped ? descriptionOf(node.wrapped) : null;
}
