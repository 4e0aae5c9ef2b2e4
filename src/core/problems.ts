// Problems found in a file people wrote: every one with its JSON path, a plain sentence, what was expected,
// what was found and, where one is likely, a cause. Shared by scenario and replay checks. Nothing here throws.
import * as v from "valibot";
import { locateJsonSyntaxError } from "./jsonSyntax";

export interface Problem {
  /** JSON path such as `countries[3].demand`, or `(file)` for the file as a whole. */
  path: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

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

/** Turns valibot's issues into problems, keeping only the most specific one per path. */
export function problemsFromIssues(issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  const seen: Record<string, true> = {};
  for (const issue of flattenUnions(issues)) {
    const problem = problemOf(issue);
    const dedupe = `${problem.path}|${problem.message}`;
    if (seen[dedupe]) continue;
    seen[dedupe] = true;
    problems.push(problem);
  }
  return problems;
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

function problemOf(issue: Issue): Problem {
  const keys = keysOf(issue);
  const path = formatPath(keys);
  const last = keys[keys.length - 1];
  // strictObject reports both unknown and missing keys as "strict_object": expected "never" means unknown.
  if (issue.type === "strict_object" && issue.expected === "never") {
    const key = String(last);
    return {
      path,
      message: `"${key}" is not a field of this format`,
      expected: "only the fields the format defines",
      found: `a field named "${key}"`,
      hint: isForbiddenKey(key) ? forbiddenKeyHint : "a misspelt field name, or a field from another format or version",
    };
  }
  if (issue.kind === "schema" && issue.input === undefined) {
    return {
      path,
      message: `the required field "${String(last ?? "")}" is missing`,
      expected: issue.type === "strict_object" ? "a value for this field" : expectedOf(issue),
      found: "nothing",
      hint: "the field was left out, or its name is misspelt (look for an unknown field next to it)",
    };
  }
  return { path, message: messageOf(issue), expected: expectedOf(issue), found: describeValue(issue.input), hint: likelyCause(issue) };
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

function messageOf(issue: Issue): string {
  const requirement = issue.requirement as number | undefined;
  switch (issue.type) {
    case "integer": return "must be a whole number";
    case "min_value": return `must be at least ${String(requirement)}`;
    case "max_value": return `must be at most ${String(requirement)}`;
    case "min_length":
      if (typeof issue.input === "string") return requirement === 1 ? "must not be empty" : `must have at least ${String(requirement)} characters`;
      return requirement === 1 ? "must not be an empty list" : `must have at least ${String(requirement)} items`;
    case "max_length": return typeof issue.input === "string" ? `is too long (at most ${String(requirement)} characters)` : `has too many items (at most ${String(requirement)})`;
    case "regex": return `must be ${issue.message}`;
    case "url": return "must be a full web address (https://...)";
    case "variant": return `has an unknown "kind": it must be ${alternatives(issue.expected)}`;
    case "picklist": return `must be ${alternatives(issue.expected)}`;
    case "literal": return `must be exactly ${issue.expected ?? "the expected value"}`;
    case "union": return "must be a text: a string, or an object with one string per language such as {\"en\": \"...\", \"fr\": \"...\"}";
    default:
      if (issue.kind === "schema") return `must be ${TYPE_NAMES[issue.type] ?? issue.expected ?? "another type"}`;
      return issue.message;
  }
}

const forbiddenKeyHint = "keys such as __proto__ and constructor can change how JavaScript objects behave; they are never accepted";
const isForbiddenKey = (key: string): boolean => (FORBIDDEN_KEYS as readonly string[]).includes(key);

function likelyCause(issue: Issue): string | undefined {
  const input = issue.input;
  if (input === null) return "null is not a value here: give a value, or leave an optional field out";
  if (issue.type === "number" && typeof input === "string") return /^\s*-?\d/.test(input) ? "a number written in quotes" : undefined;
  if (issue.type === "boolean" && (input === "true" || input === "false")) return "true or false written in quotes";
  if (typeof input === "number" && input > 0 && input < 1 && (issue.type === "integer" || issue.type === "min_value")) {
    return "a share written as a fraction: shares are per-mille, 0 to 1000 (0.35 is 350)";
  }
  if (issue.type === "integer") return "fractions are not used: counts are whole chips, shares are per-mille (0 to 1000), money is whole billions or thousands";
  if (issue.type === "max_value" && typeof input === "number" && issue.requirement === 100 && input <= 1000) return "a 0–100 score written as per-mille?";
  if (issue.type === "regex" && typeof input === "string" && /^[a-z]{2}$/.test(input)) return "country codes are written in capitals (\"ae\" → \"AE\")";
  if (issue.type === "array" && input !== null && typeof input === "object") return "a single item where a list [ ... ] is expected";
  return undefined;
}

/**
 * Checks a parsed JSON value for what JSON.parse lets through but a file must never contain: numbers too
 * large to be finite (1e999 reads as Infinity), keys such as __proto__, and absurd nesting. Iterative, so a
 * hostile file cannot overflow the stack; reads keys with Object.keys and never assigns, so nothing is polluted.
 */
export function unsafeJsonProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; keys: (string | number)[] }[] = [{ value, keys: [] }];
  while (stack.length > 0 && problems.length < 100) {
    const item = stack.pop();
    if (!item) break;
    const current = item.value;
    if (typeof current === "number" && !Number.isFinite(current)) {
      problems.push({ path: formatPath(item.keys), message: "is not a finite number", expected: "a number within the field's range", found: String(current), hint: "a number with a huge exponent (such as 1e999) reads as Infinity" });
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (item.keys.length >= MAX_JSON_DEPTH) {
      problems.push({ path: formatPath(item.keys), message: `is nested too deeply (more than ${MAX_JSON_DEPTH} levels)`, expected: "hand-written data a few levels deep", found: "deeper nesting", hint: "a broken or hostile file" });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((child, i): [number, unknown] => [i, child])
      : Object.keys(current).map((key): [string, unknown] => [key, (current as Record<string, unknown>)[key]]);
    const children: { value: unknown; keys: (string | number)[] }[] = [];
    for (const [key, child] of entries) {
      const keys = [...item.keys, key];
      if (typeof key === "string" && isForbiddenKey(key)) {
        problems.push({ path: formatPath(keys), message: `the key "${key}" is not allowed`, expected: "only the fields the format defines", found: `a field named "${key}"`, hint: forbiddenKeyHint });
      } else {
        children.push({ value: child, keys });
      }
    }
    // Last child pushed first, so the file is visited in reading order.
    for (let i = children.length - 1; i >= 0; i--) { const child = children[i]; if (child) stack.push(child); }
  }
  return problems;
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
