// The command line's only contact with the outside world: output streams, the file system, the clock.
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseScenarioText, REPLAY_MAX_BYTES, SCENARIO_MAX_BYTES, problemLine, type Problem, type Scenario } from "../core/index";


export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether stderr is a terminal: progress bars only go there. */
  stderrIsTTY: boolean;
  /** Progress on the terminal (may use \r); output from files goes through out/err, which escape control characters. Defaults to err. */
  progress?(text: string): void;
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

/** The largest file each kind of input may be; checked on the file's size before a byte is read. */
export function maxBytesOf(what: string): number {
  return what === "scenario" ? SCENARIO_MAX_BYTES : REPLAY_MAX_BYTES;
}

const kindOfFile = (s: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string =>
  s.isDirectory() ? "it is a folder" : s.isFIFO() ? "it is a pipe (FIFO), not a file"
    : s.isCharacterDevice() || s.isBlockDevice() ? "it is a device, not a file" : s.isSocket() ? "it is a socket, not a file" : "it is not a regular file";

/**
 * Reads a file people hand in, never more than `maxBytes`: opened without blocking (a FIFO would wait for
 * a writer for ever), refused unless it is a regular file, its size checked before reading, and the read
 * itself bounded (a file that grows while read is cut off and refused).
 */
export function readText(io: Io, path: string, what: string, maxBytes = maxBytesOf(what)): string {
  const full = resolvePath(io, path);
  const refuse = (why: string): never => { throw new CliError(`cannot read the ${what} ${path}: ${why}`); };
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "permission denied" : (error as Error).message);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return refuse(kindOfFile(stat));
    const tooLarge = (size: string) => refuse(`it is too large (${size}; a ${what} is at most ${maxBytes} bytes)`);
    if (stat.size > maxBytes) return tooLarge(`${stat.size} bytes`);
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return tooLarge(`more than ${maxBytes} bytes`);
    if (length > stat.size) return refuse("it changed while it was being read");
    return buffer.subarray(0, length).toString("utf8");
  } catch (error) {
    if (error instanceof CliError) throw error;
    return refuse((error as Error).message);
  } finally {
    closeSync(fd);
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

/** One problem in one line: the core's wording, the same as the browser's. */
export function formatProblem(p: Problem): string {
  return problemLine(p);
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
    try { text = readText({ out: () => {}, err: () => {}, cwd: REPO_ROOT, stderrIsTTY: false }, path, "scenario"); } catch { continue; }
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
