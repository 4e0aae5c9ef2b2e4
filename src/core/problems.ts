// Problems found in a file people wrote: every one with its JSON path, a plain sentence, and where it
// helps what was expected, what was found and a likely cause. Shared by scenario and replay checks.
import * as v from "valibot";

export interface Problem {
  /** JSON path such as `countries[3].demand`, or `(file)` for the file as a whole. */
  path: string;
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
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

/** Turns valibot's issues into problems, keeping only the most specific one per path. */
export function problemsFromIssues(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const path = formatPath(keys);
    const message = issueMessage(issue);
    const dedupe = `${path}|${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    problems.push({
      path,
      message,
      expected: issue.expected ?? undefined,
      found: issue.input === undefined ? "nothing (the field is missing)" : describeValue(issue.input),
      hint: likelyCause(issue),
    });
  }
  return problems;
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case "strict_object": return "this key is not part of the format";
    case "integer": return "must be a whole number";
    case "min_value": return `must be at least ${issue.requirement as number}`;
    case "max_value": return `must be at most ${issue.requirement as number}`;
    case "min_length": return `must have at least ${issue.requirement as number} item(s) or character(s)`;
    case "max_length": return `must have at most ${issue.requirement as number} item(s)`;
    case "regex": return `must be ${issue.message.replace(/^Invalid format: /, "").replace(/Expected .*$/, "").trim() || "well formed"}`;
    case "url": return "must be a full URL (https://...)";
    case "variant": return `has an unknown kind: expected one of ${issue.expected ?? "the listed kinds"}`;
    case "picklist": return `must be one of ${issue.expected ?? "the allowed values"}`;
    case "literal": return `must be exactly ${issue.expected ?? "the expected value"}`;
    case "union": return "must be a text: a string, or an object {\"en\": ..., \"fr\": ...}";
    default:
      if (issue.kind === "schema") {
        return issue.input === undefined ? "is missing" : `must be ${article(issue.expected ?? "another type")}`;
      }
      return issue.message;
  }
}

function article(expected: string): string {
  if (expected === "Object") return "an object";
  if (expected === "Array") return "a list";
  return expected;
}

function likelyCause(issue: v.BaseIssue<unknown>): string | undefined {
  if (issue.type === "strict_object") return "a misspelt field name, or a field from another format";
  if (issue.kind === "schema" && issue.input === undefined) return "the field was left out";
  if (issue.type === "number" && typeof issue.input === "string") return "a number written in quotes";
  if (issue.type === "integer") return "fractions are not used: counts are whole chips, shares are per-mille (0 to 1000)";
  if ((issue.type === "max_value" || issue.type === "min_value") && typeof issue.input === "number" && issue.input > 0 && issue.input <= 1) {
    return "a share written as a fraction: shares are per-mille (0.35 is 350)";
  }
  return undefined;
}

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJsonText(text: string, maxBytes: number, what: string): Checked<unknown> {
  // UTF-16 length is a lower bound of the UTF-8 size and cheap: enough to refuse a data dump before parsing.
  if (text.length > maxBytes) {
    return { ok: false, problems: [{ path: "(file)", message: `the ${what} is too large (${text.length} characters; the limit is ${maxBytes})`, hint: `is this really a ${what}?` }] };
  }
  if (text.trim() === "") return { ok: false, problems: [{ path: "(file)", message: `the ${what} is empty` }] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(raw);
    let where = "";
    if (position?.[1] !== undefined) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset).split("\n");
      where = ` at line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
    } else {
      const lineCol = /line (\d+) column (\d+)/.exec(raw);
      if (lineCol) where = ` at line ${lineCol[1]}, column ${lineCol[2]}`;
    }
    return {
      ok: false,
      problems: [{
        path: "(file)",
        message: `the ${what} is not valid JSON${where}: ${raw.replace(/^JSON\.parse: /, "").replace(/ in JSON at position \d+.*$/, "")}`,
        hint: "a missing comma or quote, a trailing comma, or a comment (JSON allows none)",
      }],
    };
  }
}
