// The command line's only contact with the outside world: output streams, the file system, the clock.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseScenarioText, type Problem, type Scenario } from "../core/index";


export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether stderr is a terminal: progress bars only go there. */
  stderrIsTTY: boolean;
}

/** Bad input (exit 2) or a failed check (exit 1), reported in a line or a short list, never a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 2, readonly details: string[] = [], readonly usage?: string) {
    super(message);
  }
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BUNDLED_SCENARIOS = join(REPO_ROOT, "scenarios");
export const FIXTURE_SCENARIO = join(REPO_ROOT, "tests", "fixtures", "small.json");
export const DEFAULT_SCENARIO_ID = "may-2025";

export function gameVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export function resolvePath(io: Io, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

export function readText(io: Io, path: string, what: string): string {
  const full = resolvePath(io, path);
  try {
    return readFileSync(full, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new CliError(`cannot read the ${what} ${path}: ${why}`);
  }
}

export function writeText(io: Io, path: string, text: string, what: string): string {
  const full = resolvePath(io, path);
  try {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  } catch (error) {
    throw new CliError(`cannot write the ${what} ${path}: ${(error as Error).message}`);
  }
  return full;
}

export function formatProblem(p: Problem): string {
  const extra: string[] = [];
  if (p.expected) extra.push(`expected ${p.expected}`);
  if (p.found) extra.push(`found ${p.found}`);
  let line = p.path === "(file)" ? p.message : `${p.path}: ${p.message}`;
  if (extra.length > 0) line += ` (${extra.join(", ")})`;
  if (p.hint) line += ` — likely cause: ${p.hint}`;
  return line;
}

/** A scenario given as a path, or as a bundled id (may-2025 → scenarios/may-2025.json). */
export function scenarioPath(io: Io, spec: string): string {
  const direct = resolvePath(io, spec);
  if (existsSync(direct)) return direct;
  if (/^[a-z0-9][a-z0-9-]*$/.test(spec)) {
    const bundled = join(BUNDLED_SCENARIOS, `${spec}.json`);
    if (existsSync(bundled)) return bundled;
    throw new CliError(`no scenario "${spec}": neither a file nor a bundled scenario (${bundledIds().join(", ") || "none bundled yet"})`);
  }
  throw new CliError(`cannot read the scenario ${spec}: no such file`);
}

export function bundledIds(): string[] {
  if (!existsSync(BUNDLED_SCENARIOS)) return [];
  return readdirSync(BUNDLED_SCENARIOS).filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json")).map((f) => f.slice(0, -5)).sort();
}

export interface LoadedScenario { scenario: Scenario; path: string }

export function loadScenario(io: Io, spec: string): LoadedScenario {
  const path = scenarioPath(io, spec);
  const checked = parseScenarioText(readText(io, path, "scenario"));
  if (!checked.ok) {
    throw new CliError(`the scenario ${spec} has ${checked.problems.length} problem(s):`, 2, checked.problems.map(formatProblem));
  }
  return { scenario: checked.value, path };
}

/** The default scenario: the bundled may-2025 once it exists, the test fixture until then. */
export function defaultScenarioSpec(): string {
  return existsSync(join(BUNDLED_SCENARIOS, `${DEFAULT_SCENARIO_ID}.json`)) ? DEFAULT_SCENARIO_ID : FIXTURE_SCENARIO;
}

/** Finds a scenario by id and content hash among the bundled scenarios and the test fixture. */
export function findScenarioById(id: string, hash: string, hashOf: (s: Scenario) => string): { found: LoadedScenario | null; sameIdOtherHash: string | null } {
  const candidates = [...bundledIds().map((b) => join(BUNDLED_SCENARIOS, `${b}.json`)), FIXTURE_SCENARIO];
  let sameIdOtherHash: string | null = null;
  for (const path of candidates) {
    let text: string;
    try { text = readFileSync(path, "utf8"); } catch { continue; }
    const checked = parseScenarioText(text);
    if (!checked.ok || checked.value.id !== id) continue;
    if (hashOf(checked.value) === hash) return { found: { scenario: checked.value, path }, sameIdOtherHash: null };
    sameIdOtherHash = path;
  }
  return { found: null, sameIdOtherHash };
}

export function now(): number {
  return performance.now();
}
