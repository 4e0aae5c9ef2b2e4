import { scenarioHash } from "../../core/index";
import { parse } from "../args";
import type { Command } from "../command";
import { CliError, formatProblem, readText, scenarioPath } from "../io";
import { parseScenarioText } from "../../core/index";
import { text } from "../format";

const usage = `usage: npm run cli -- validate <scenario> [--json]

Checks a scenario file (a path, or a bundled id such as may-2025) in two passes, structure then meaning.
Exit 0 with a summary; exit 2 listing every problem with its JSON path.`;

export const validate: Command = {
  name: "validate",
  summary: "check a scenario file and list every problem",
  usage,
  run(argv, io) {
    const args = parse(argv, { json: { type: "boolean" } }, usage, { min: 1, max: 1 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const spec = args.positionals[0] as string;
    const path = scenarioPath(io, spec);
    const checked = parseScenarioText(readText(io, path, "scenario"));
    if (!checked.ok) {
      if (args.values.json) { io.out(`${JSON.stringify({ ok: false, problems: checked.problems }, null, 2)}\n`); return 2; }
      throw new CliError(`${spec}: ${checked.problems.length} problem(s):`, 2, checked.problems.map(formatProblem));
    }
    const s = checked.value;
    const adversaries = s.countries.filter((c) => c.adversary).length;
    const allies = s.countries.filter((c) => c.ally).length;
    const hypothetical = s.events.filter((e) => e.hypothetical).length;
    if (args.values.json) {
      io.out(`${JSON.stringify({ ok: true, id: s.id, hash: scenarioHash(s), countries: s.countries.length, turns: s.turns, events: s.events.length }, null, 2)}\n`);
      return 0;
    }
    io.out(`${spec} is valid. "${text(s.title)}" (id ${s.id}) runs ${s.turns} monthly turns from ${s.startDate} under the ${s.policy} regime, `
      + `with ${s.countries.length} countries (${adversaries} adversar${adversaries === 1 ? "y" : "ies"}, ${allies} all${allies === 1 ? "y" : "ies"}), `
      + `${s.events.length} events (${hypothetical} hypothetical), ${s.hints.length} hints and ${s.sources.length} sources; `
      + `scoring weights security ${s.scoring.weights.security}, economy ${s.scoring.weights.economy}, alliances ${s.scoring.weights.alliances} per mille. `
      + `Content hash ${scenarioHash(s)}.\n`);
    return 0;
  },
};
