// Problems found in a file people wrote: every one with its JSON path, a plain sentence, what was expected,
// what was found and, where one is likely, a cause. Shared by scenario and replay checks. Nothing here throws.
import * as v from "valibot";
import { locateJsonSyntaxError, otherEncoding } from "./jsonSyntax";
import { MAX_PROBLEMS } from "./problemCap";

export interface Problem {
  /** JSON path such as `countries[3].demand`, or `(file)` for the file as a whole. */
  path: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
  /**
   * The path with the things it passes through named, for people: `countries[5] (MY).demand`,
   * `events[11] (us-midterms).to`. `path` stays the plain JSON path, for tools.
   */
  where?: string;
  /** A warning does not stop the file from loading; everything else is an error. */
  severity?: "warning";
  /**
   * The message as a code and its parameters, for a reader in another language: the browser words
   * `problem.<code>` in the player's language; `message` is the English the command line prints.
   */
  code?: string;
  params?: WordingParams;
  /** The hint likewise (`problemHint.<code>`). */
  hintCode?: string;
  hintParams?: WordingParams;
}

export type WordingParams = Record<string, string | number>;
/** A sentence as its code and parameters, with its English text. */
export interface Worded {
  code: string;
  params?: WordingParams;
  text: string;
}
export const worded = (code: string, text: string, params?: WordingParams): Worded => (params ? { code, params, text } : { code, text });

/** The message and hint fields of a problem from their worded forms. */
export function wordedFields(message: Worded, hint?: Worded): Pick<Problem, "message" | "code" | "params" | "hint" | "hintCode" | "hintParams"> {
  return {
    message: message.text, code: message.code, ...(message.params ? { params: message.params } : {}),
    ...(hint ? { hint: hint.text, hintCode: hint.code, ...(hint.params ? { hintParams: hint.params } : {}) } : {}),
  };
}

/** A failed check lists its problems; a passed one may still carry warnings. */
export type Checked<T> = { ok: true; value: T; warnings?: Problem[] } | { ok: false; problems: Problem[] };

/** One problem in one line, as the command line and the browser both word it. */
export function problemLine(p: Problem): string {
  const extra: string[] = [];
  if (p.expected) extra.push(`expected ${p.expected}`);
  if (p.found) extra.push(`found ${p.found}`);
  const where = p.where ?? p.path;
  let line = where === "(file)" ? p.message : `${where}: ${p.message}`;
  if (p.severity === "warning") line = `warning: ${line}`;
  if (extra.length > 0) line += ` (${extra.join(", ")})`;
  if (p.hint) line += ` — likely cause: ${p.hint}`;
  return line;
}

/** Keys that mean something special to JavaScript objects: never accepted from a file. */
export const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"] as const;
/** Hand-written data never nests deeper than this; deeper is a hostile or broken file. */
export const MAX_JSON_DEPTH = 64;

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

export function formatPath(keys: readonly (string | number)[]): string {
  let out = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return out || "(file)";
}

type Issue = v.BaseIssue<unknown>;
const keysOf = (issue: Issue): (string | number)[] => (issue.path ?? []).map((item) => item.key as string | number);

/**
 * Turns valibot's issues into problems, keeping only the most specific one per path. `prefix` is where the
 * checked value sits in the file (an item checked on its own: `["countries", 5]`).
 */
export function problemsFromIssues(issues: readonly Issue[], prefix: readonly (string | number)[] = []): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of flattenUnions(issues)) {
    const problem = problemOf(issue, prefix);
    const dedupe = `${problem.path}|${problem.message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    problems.push(problem);
  }
  return problems;
}

/** An unknown field, worded the same wherever it is found. */
export function unknownFieldProblem(keys: readonly (string | number)[]): Problem {
  const key = String(keys[keys.length - 1]);
  return {
    path: formatPath(keys),
    ...wordedFields(
      worded("schema/unknown-field", `"${key}" is not a field of this format`, { field: key }),
      isForbiddenKey(key) ? forbiddenKeyHint : worded("unknown-field", "a misspelt field name, or a field from another format or version"),
    ),
    expected: "only the fields the format defines",
    found: `a field named "${key}"`,
  };
}

/**
 * A union reports "none of the options matched". When the input is an object that one option was meant
 * for (a text given as {"en": ...}), the option's own issues (a missing "en", an unknown "de") say more.
 */
function flattenUnions(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    // The options' issues carry paths relative to the union: prefix the union's own path.
    const deeper = issue.type === "union" && issue.input !== null && typeof issue.input === "object"
      ? (issue.issues ?? []).filter((sub) => (sub.path ?? []).length > 0).map((sub): Issue => ({ ...sub, path: [...(issue.path ?? []), ...(sub.path ?? [])] as Issue["path"] }))
      : [];
    if (deeper.length > 0) out.push(...flattenUnions(deeper));
    else out.push(issue);
  }
  return out;
}

function problemOf(issue: Issue, prefix: readonly (string | number)[]): Problem {
  const keys = [...prefix, ...keysOf(issue)];
  const path = formatPath(keys);
  const last = keys[keys.length - 1];
  // strictObject reports both unknown and missing keys as "strict_object": expected "never" means unknown.
  if (issue.type === "strict_object" && issue.expected === "never") return unknownFieldProblem(keys);
  if (issue.kind === "schema" && issue.input === undefined) {
    return {
      path,
      ...wordedFields(
        worded("schema/missing-field", `the required field "${String(last ?? "")}" is missing`, { field: String(last ?? "") }),
        worded("missing-field", "the field was left out, or its name is misspelt (look for an unknown field next to it)"),
      ),
      expected: issue.type === "strict_object" ? "a value for this field" : expectedOf(issue),
      found: "nothing",
    };
  }
  return { path, ...wordedFields(messageOf(issue), likelyCause(issue)), expected: expectedOf(issue), found: describeValue(issue.input) };
}

/** `("a" | "b" | "c")` → `"a", "b" or "c"`. */
function alternatives(expected: string | null): string {
  const parts = (expected ?? "").replace(/^\(|\)$/g, "").split(" | ").filter((p) => p !== "");
  if (parts.length <= 1) return parts[0] ?? "one of the allowed values";
  return `${parts.slice(0, -1).join(", ")} or ${parts[parts.length - 1] ?? ""}`;
}

const TYPE_NAMES: Record<string, string> = {
  number: "a number", string: "a text in double quotes", boolean: "true or false", array: "a list [ ... ]",
  object: "an object { ... }", strict_object: "an object { ... }", literal: "a fixed value",
};

function expectedOf(issue: Issue): string {
  const requirement = issue.requirement as number | string | undefined;
  switch (issue.type) {
    case "integer": return "a whole number";
    case "min_value": return `a number of at least ${String(requirement)}`;
    case "max_value": return `a number of at most ${String(requirement)}`;
    case "min_length": return typeof issue.input === "string" ? (requirement === 1 ? "a text that is not empty" : `at least ${String(requirement)} characters`) : `at least ${String(requirement)} item(s)`;
    case "max_length": return typeof issue.input === "string" ? `at most ${String(requirement)} characters` : `at most ${String(requirement)} items`;
    case "regex": return issue.message;
    case "url": return "a full web address starting with https://";
    case "picklist": case "variant": return `one of ${alternatives(issue.expected)}`;
    case "literal": return `exactly ${issue.expected ?? "the expected value"}`;
    case "union": return "a text (\"...\") or texts per language ({\"en\": \"...\", \"fr\": \"...\"})";
    default: return TYPE_NAMES[issue.type] ?? issue.expected ?? "another value";
  }
}

function messageOf(issue: Issue): Worded {
  const requirement = issue.requirement as number | undefined;
  const n = String(requirement);
  switch (issue.type) {
    case "integer": return worded("schema/integer", "must be a whole number");
    case "min_value": return worded("schema/min-value", `must be at least ${n}`, { min: n });
    case "max_value": return worded("schema/max-value", `must be at most ${n}`, { max: n });
    case "min_length":
      if (typeof issue.input === "string") return requirement === 1 ? worded("schema/empty-text", "must not be empty") : worded("schema/min-characters", `must have at least ${n} characters`, { min: requirement ?? 0 });
      return requirement === 1 ? worded("schema/empty-list", "must not be an empty list") : worded("schema/min-items", `must have at least ${n} items`, { min: requirement ?? 0 });
    case "max_length": return typeof issue.input === "string" ? worded("schema/max-characters", `is too long (at most ${n} characters)`, { max: requirement ?? 0 }) : worded("schema/max-items", `has too many items (at most ${n})`, { max: requirement ?? 0 });
    case "regex": return worded("schema/pattern", `must be ${issue.message}`, { pattern: issue.message });
    case "url": return worded("schema/url", "must be a full web address (https://...)");
    case "variant": return worded("schema/variant", "has an unknown \"kind\"");
    case "picklist": return worded("schema/picklist", "is not one of the allowed values", { allowed: alternatives(issue.expected) });
    case "literal": return worded("schema/literal", `must be exactly ${issue.expected ?? "the expected value"}`, { value: issue.expected ?? "" });
    case "union": return worded("schema/text", "must be a text: a string, or an object with one string per language such as {\"en\": \"...\", \"fr\": \"...\"}");
    default:
      if (issue.kind === "schema") return worded(`schema/type-${TYPE_NAMES[issue.type] ? issue.type.replace("strict_object", "object") : "other"}`, `must be ${TYPE_NAMES[issue.type] ?? issue.expected ?? "another type"}`, { expected: issue.expected ?? "" });
      return worded("schema/other", issue.message, { text: issue.message });
  }
}

const forbiddenKeyHint = worded("forbidden-key", "keys such as __proto__ and constructor can change how JavaScript objects behave; they are never accepted");
const isForbiddenKey = (key: string): boolean => (FORBIDDEN_KEYS as readonly string[]).includes(key);

/** Edit distance between two words (near misses only matter, so the words are short). */
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

/**
 * The candidate closest to `input`, ignoring case, or null if none is close: what "did you mean" offers for
 * a misspelt field name or value ("Hawkishness" → "hawkishness", "baselineAcces" → "baselineAccess").
 */
export function closestOf(candidates: Iterable<string>, input: string): string | null {
  if (input.length > 64) return null;
  const wanted = input.toLowerCase();
  let best: { value: string; d: number } | null = null;
  for (const candidate of candidates) {
    const d = distance(candidate.toLowerCase(), wanted);
    if (d <= Math.max(1, Math.floor(candidate.length / 4)) && (!best || d < best.d)) best = { value: candidate, d };
  }
  return best?.value ?? null;
}

/** The strings a picklist allows, read from valibot's `("a" | "b")`. */
function picklistStrings(expected: string | null): string[] {
  return (expected ?? "").replace(/^\(|\)$/g, "").split(" | ").filter((p) => /^"[^"]*"$/.test(p)).map((p) => p.slice(1, -1));
}

function likelyCause(issue: Issue): Worded | undefined {
  const input = issue.input;
  if ((issue.type === "picklist" || issue.type === "variant") && typeof input === "string") {
    const suggestion = closestOf(picklistStrings(issue.expected), input);
    if (suggestion !== null) return worded("did-you-mean", `did you mean "${suggestion}"?`, { suggestion });
  }
  if (issue.type === "picklist" && typeof input === "string" && /^\d+$/.test(input)) return worded("quoted-number", "a number written in quotes");
  if (input === null) return worded("null", "null is not a value here: give a value, or leave an optional field out");
  if (issue.type === "number" && typeof input === "string") return /^\s*-?\d/.test(input) ? worded("quoted-number", "a number written in quotes") : undefined;
  if (issue.type === "boolean" && (input === "true" || input === "false")) return worded("quoted-boolean", "true or false written in quotes");
  if (typeof input === "number" && input > 0 && input < 1 && (issue.type === "integer" || issue.type === "min_value")) {
    return worded("fraction-share", "a share written as a fraction: shares are per-mille, 0 to 1000 (0.35 is 350)");
  }
  if (issue.type === "integer") return worded("fraction", "fractions are not used: counts are whole chips, shares are per-mille (0 to 1000), money is whole billions or thousands");
  if (issue.type === "max_value" && typeof input === "number" && issue.requirement === 100 && input <= 1000) return worded("per-mille-score", "a 0–100 score written as per-mille?");
  if (issue.type === "regex" && typeof input === "string" && /^[a-z]{2}$/.test(input)) return worded("lowercase-code", "country codes are written in capitals (\"ae\" → \"AE\")", { upper: input.toUpperCase(), lower: input });
  if (issue.type === "array" && input !== null && typeof input === "object") return worded("single-item", "a single item where a list [ ... ] is expected");
  return undefined;
}

/**
 * Checks a parsed JSON value for what JSON.parse lets through but a file must never contain: numbers too
 * large to be finite (1e999 reads as Infinity), keys such as __proto__, and absurd nesting. Iterative, so a
 * hostile file cannot overflow the stack; reads keys with Object.keys and never assigns, so nothing is polluted.
 */
export function unsafeJsonProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  walkJson(value, (current, at) => {
    if (problems.length >= MAX_PROBLEMS) return "stop";
    if (typeof current === "number" && !Number.isFinite(current)) {
      problems.push({ path: formatPath(keysOfPlace(at)), ...wordedFields(worded("json/not-finite", "is not a finite number"), worded("huge-exponent", "a number with a huge exponent (such as 1e999) reads as Infinity")), expected: "a number within the field's range", found: String(current) });
      return "skip";
    }
    if (current === null || typeof current !== "object") return "skip";
    if (at.depth >= MAX_JSON_DEPTH) {
      problems.push({ path: formatPath(keysOfPlace(at)), ...wordedFields(worded("json/too-deep", `is nested too deeply (more than ${MAX_JSON_DEPTH} levels)`, { max: MAX_JSON_DEPTH }), worded("hostile-file", "a broken or hostile file")), expected: "hand-written data a few levels deep", found: "deeper nesting" });
      return "skip";
    }
    if (Array.isArray(current)) return "enter";
    for (const key of Object.keys(current)) {
      if (isForbiddenKey(key)) {
        const keys = [...keysOfPlace(at), key];
        problems.push({ path: formatPath(keys), ...wordedFields(worded("json/forbidden-key", `the key "${key}" is not allowed`, { key }), forbiddenKeyHint), expected: "only the fields the format defines", found: `a field named "${key}"` });
      }
    }
    return "enter";
  }, (key) => !isForbiddenKey(key));
  return problems;
}

/** Where a value sits in a JSON document: a chain to its parent, turned into a path only when reported. */
export interface JsonPlace { key: string | number | null; parent: JsonPlace | null; depth: number }

export function keysOfPlace(at: JsonPlace): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let place: JsonPlace | null = at; place && place.key !== null; place = place.parent) keys.push(place.key);
  return keys.reverse();
}


/**
 * Visits a parsed JSON value in reading order, iteratively (no nesting can overflow the stack) and without
 * copying paths (a file of 300,000 objects is walked in milliseconds). `visit` says whether to enter a
 * container, skip it, or stop; `follow` filters object keys.
 */
export function walkJson(value: unknown, visit: (value: unknown, at: JsonPlace) => "enter" | "skip" | "stop", follow: (key: string) => boolean = () => true): void {
  const stack: { value: unknown; at: JsonPlace }[] = [{ value, at: { key: null, parent: null, depth: 0 } }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const verdict = visit(item.value, item.at);
    if (verdict === "stop") return;
    const current = item.value;
    if (verdict === "skip" || current === null || typeof current !== "object") continue;
    const depth = item.at.depth + 1;
    // Last child pushed first, so the file is visited in reading order.
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i] as unknown, at: { key: i, parent: item.at, depth } });
    } else {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (follow(key)) stack.push({ value: (current as Record<string, unknown>)[key], at: { key, parent: item.at, depth } });
      }
    }
  }
}

/** Size in UTF-8 bytes, counted without any API the core may not use. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) { bytes += 4; i += 1; }
    else bytes += 3;
  }
  return bytes;
}

/** Parses JSON text: size first, then syntax (with line and column), then the safety scan above. */
export function parseJsonText(text: string, maxBytes: number, what: string): Checked<unknown> {
  const parsed = parseJsonSyntax(text, maxBytes, what);
  if (!parsed.ok) return parsed;
  const unsafe = unsafeJsonProblems(parsed.value);
  return unsafe.length > 0 ? { ok: false, problems: unsafe } : parsed;
}

/**
 * Size and syntax only. The caller must run unsafeJsonProblems on the value before using it (the scenario
 * check does, so that it can report those problems together with the schema's).
 */
export function parseJsonSyntax(text: string, maxBytes: number, what: string): Checked<unknown> {
  const tooLarge = (size: string): Checked<unknown> => ({
    ok: false,
    problems: [{ path: "(file)", message: `the ${what} is too large`, expected: `at most ${maxBytes} bytes`, found: size, hint: `is this really a ${what}? Hand-written data stays far below the limit` }],
  });
  // The UTF-16 length is a lower bound of the UTF-8 size and free: refuse a data dump before even counting.
  if (text.length > maxBytes) return tooLarge(`more than ${maxBytes} bytes (${text.length} characters)`);
  const bytes = utf8Length(text);
  if (bytes > maxBytes) return tooLarge(`${bytes} bytes`);
  // A byte-order mark (some Windows editors write one) is not JSON but harmless: skip it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, problems: [{ path: "(file)", message: `the ${what} is empty`, expected: "a JSON object { ... }", found: "no text", hint: "an empty or truncated file" }] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const encoding = otherEncoding(body);
    if (encoding !== null) {
      return { ok: false, problems: [{ path: "(file)", message: `the ${what} is encoded in ${encoding}, not UTF-8`, expected: "a text file in UTF-8", found: `text in ${encoding}`, hint: "save it again as UTF-8 (in Notepad: Save as, Encoding: UTF-8)" }] };
    }
    // Engines word syntax errors differently (and some give no position): locate it ourselves.
    const error = locateJsonSyntaxError(body);
    return {
      ok: false,
      problems: [{
        path: "(file)",
        message: `the ${what} is not valid JSON: ${error.reason} at line ${error.line}, column ${error.column}`,
        expected: error.expected,
        found: error.found,
        ...(error.hint ? { hint: error.hint } : {}),
      }],
    };
  }
}
