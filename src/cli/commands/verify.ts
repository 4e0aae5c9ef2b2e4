import { verifyReplay } from "../../core/index";
import { flag, parse, str } from "../args";
import type { Command } from "../command";
import { CliError, gameVersion } from "../io";
import { loadReplay, verificationError } from "../replays";

const usage = `usage: npm run cli -- verify <replay> [--scenario <file|id>] [--json]

Re-simulates a replay and checks every turn's state hash.
Exit 0 "verified" with the final hash; exit 1 naming the first turn that differs and the quantities that differ;
exit 2 when the file cannot be checked (bad JSON, unknown version, scenario missing or changed, an illegal action).
The scenario is the one embedded in the replay, else --scenario, else a bundled scenario with the same id and hash.`;

export const verify: Command = {
  name: "verify",
  summary: "re-simulate a replay and name the first turn that diverges",
  usage,
  run(argv, io) {
    const args = parse(argv, { scenario: { type: "string" }, json: { type: "boolean" } }, usage, { min: 1, max: 1 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const path = args.positionals[0] as string;
    const { replay, scenario } = loadReplay(io, path, str(args, "scenario"));
    const result = verifyReplay(replay, scenario);
    if (flag(args, "json")) {
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      return result.kind === "verified" ? 0 : result.kind === "diverged" || result.kind === "misstated" ? 1 : 2;
    }
    const versionNote = replay.gameVersion !== gameVersion() ? [`note: recorded by game version ${replay.gameVersion}; this is ${gameVersion()}`] : [];
    if (result.kind === "verified") {
      io.out(`verified: ${result.turns} turns, ${replay.actions.length} actions, final hash ${result.finalHash}\n`);
      for (const note of [...versionNote, ...result.notes]) io.err(`${note}\n`);
      return 0;
    }
    const error = verificationError(path, result, versionNote);
    // A replay recorded under other rules is expected to diverge: say so first, not as a bare divergence.
    if (replay.gameVersion === gameVersion()) throw error;
    throw new CliError(`this replay was recorded under the rules of game version ${replay.gameVersion}, and this is version ${gameVersion()}, whose rules differ: ${error.message}`, error.exitCode, error.details);
  },
};
