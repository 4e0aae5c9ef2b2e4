import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseScenarioText, scenarioHash, type Problem, type Scenario } from "../../core/index";
import { parse } from "../args";
import type { Command } from "../command";
import { BUNDLED_SCENARIOS, CliError, formatProblem, readText, scenarioPath } from "../io";
import { text } from "../format";

const usage = `usage: npm run cli -- validate <scenario> [--json]

Checks a scenario file (a path, or a bundled id such as may-2025) in one pass: structure and meaning
together, every problem with its path naming the country or event. Warnings (invisible bidirectional
characters, a "$schema" that points nowhere) do not fail the check.
Exit 0 with a summary (and any warnings); exit 2 listing every problem.
To see how the scenario plays, run: npm run cli -- calibrate <scenario>`;

const SCHEMA_FILE = join(BUNDLED_SCENARIOS, "scenario.schema.json");

/**
 * Editors resolve "$schema" relative to the file: "./scenario.schema.json" works only inside scenarios/.
 * Warns when a relative "$schema" names no file, or a file that is not the scenario schema, and says which
 * path works from where the file is.
 */
export function schemaReferenceWarning(filePath: string, reference: unknown): Problem | null {
  if (typeof reference !== "string" || /^https?:\/\//.test(reference)) return null;
  const fromHere = relative(dirname(filePath), SCHEMA_FILE).split(sep).join("/");
  const working = fromHere.startsWith(".") ? fromHere : `./${fromHere}`;
  const target = resolve(dirname(filePath), reference.replace(/^file:\/\//, ""));
  let isSchema: boolean;
  try {
    isSchema = existsSync(target) && statSync(target).isFile() && statSync(target).size < 1_000_000
      && (JSON.parse(readFileSync(target, "utf8")) as { title?: unknown }).title === "Chip Diplomacy scenario";
  } catch {
    isSchema = false;
  }
  if (isSchema) return null;
  return {
    path: "$schema",
    message: existsSync(target) ? "points to a file that is not the scenario JSON Schema" : "points nowhere: no file at that path, so editors cannot check this file",
    expected: `the path of scenario.schema.json from this file: "${working}"`,
    found: JSON.stringify(reference.slice(0, 200)),
    hint: "\"./scenario.schema.json\" works only for files kept in scenarios/",
    severity: "warning",
  };
}

function rawSchemaReference(source: string): unknown {
  try {
    const data = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source) as unknown;
    return data !== null && typeof data === "object" && Object.prototype.hasOwnProperty.call(data, "$schema") ? (data as Record<string, unknown>).$schema : undefined;
  } catch {
    return undefined;
  }
}

function summary(spec: string, s: Scenario): string {
  const adversaries = s.countries.filter((c) => c.adversary).length;
  const allies = s.countries.filter((c) => c.ally).length;
  const hypothetical = s.events.filter((e) => e.hypothetical).length;
  return `${spec} is valid. "${text(s.title)}" (id ${s.id}) runs ${s.turns} monthly turns from ${s.startDate} under the ${s.policy} regime, `
    + `with ${s.countries.length} countries (${adversaries} adversar${adversaries === 1 ? "y" : "ies"}, ${allies} all${allies === 1 ? "y" : "ies"}), `
    + `${s.events.length} events (${hypothetical} hypothetical), ${s.hints.length} hints and ${s.sources.length} sources; `
    + `scoring weights security ${s.scoring.weights.security}, economy ${s.scoring.weights.economy}, alliances ${s.scoring.weights.alliances} per mille. `
    + `Content hash ${scenarioHash(s)}.`;
}

/** "12 problem(s)", or the total the capped list's last line gives. */
function countOf(errors: Problem[]): string {
  const last = errors[errors.length - 1];
  const more = last?.path === "(file)" ? /^and (\d+) more problems?$/.exec(last.message)?.[1] : undefined;
  return more !== undefined ? `${errors.length - 1 + Number(more)} problems (the first ${errors.length - 1} listed)` : `${errors.length} problem(s)`;
}

export const validate: Command = {
  name: "validate",
  summary: "check a scenario file and list every problem",
  usage,
  run(argv, io) {
    const args = parse(argv, { json: { type: "boolean" } }, usage, { min: 1, max: 1 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const spec = args.positionals[0] as string;
    const path = scenarioPath(io, spec);
    const source = readText(io, path, "scenario");
    const checked = parseScenarioText(source);
    const schemaWarning = schemaReferenceWarning(path, rawSchemaReference(source));
    const listed = checked.ok ? checked.warnings ?? [] : checked.problems;
    const all = schemaWarning ? [...listed, schemaWarning] : listed;
    const errors = all.filter((p) => p.severity !== "warning");
    const warnings = all.filter((p) => p.severity === "warning");
    if (args.values.json) {
      const body = checked.ok
        ? { ok: true, id: checked.value.id, hash: scenarioHash(checked.value), countries: checked.value.countries.length, turns: checked.value.turns, events: checked.value.events.length, warnings }
        : { ok: false, problems: errors, warnings };
      io.out(`${JSON.stringify(body, null, 2)}\n`);
      return checked.ok ? 0 : 2;
    }
    if (!checked.ok) {
      throw new CliError(`${spec}: ${countOf(errors)}${warnings.length > 0 ? ` and ${warnings.length} warning(s)` : ""}:`, 2, all.map(formatProblem));
    }
    io.out(`${summary(spec, checked.value)}\n`);
    if (warnings.length > 0) io.out(`${warnings.length} warning(s):\n${warnings.map((w) => `  ${formatProblem(w)}`).join("\n")}\n`);
    return 0;
  },
};
