import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BOTS, buildReplay, playGame, verifyReplay, type Policy } from "../../core/index";
import { flag, parse, str } from "../args";
import type { Command } from "../command";
import { CliError, FIXTURE_SCENARIO, gameVersion, loadScenario, REPO_ROOT, resolvePath, writeText } from "../io";
import { readReplay, replayJson } from "../replays";

export const GOLDEN_DIR = join(REPO_ROOT, "tests", "golden");
/** The games kept as golden replays: every bot on the fixture, and the balanced bot under the tiered rule. */
export const GOLDEN_GAMES: { bot: string; policy: Policy; seed: string }[] = [
  ...["idle", "hawk", "dealmaker", "balanced", "random"].map((bot) => ({ bot, policy: "bilateral" as Policy, seed: "golden-1" })),
  { bot: "balanced", policy: "tiered", seed: "golden-1" },
  { bot: "random", policy: "bilateral", seed: "golden-2" },
];

export function goldenName(game: { bot: string; policy: Policy; seed: string }): string {
  return `fixture-small.${game.bot}.${game.policy}.${game.seed}.replay.json`;
}

const usage = `usage: npm run cli -- golden [--update] [--dir <folder>]

Golden replays (tests/golden) pin the rules: each holds a hash per turn of a bot game on the test fixture.
Without --update: verifies them all (exit 1 naming the replay and turn that changed).
With --update: regenerates them deliberately after an intended rule change; review the diff and commit it.`;

export const golden: Command = {
  name: "golden",
  summary: "check or deliberately regenerate the golden replays",
  usage,
  run(argv, io) {
    const args = parse(argv, { update: { type: "boolean" }, dir: { type: "string" } }, usage, { min: 0, max: 0 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const dir = str(args, "dir") ? resolvePath(io, str(args, "dir") as string) : GOLDEN_DIR;
    const { scenario } = loadScenario(io, FIXTURE_SCENARIO);
    if (flag(args, "update")) {
      for (const game of GOLDEN_GAMES) {
        const bot = BOTS[game.bot];
        if (!bot) throw new CliError(`unknown bot ${game.bot}`, 1);
        const played = playGame(scenario, game.seed, bot, { policy: game.policy });
        const built = buildReplay({ scenario, seed: game.seed, policy: game.policy, actions: played.actions, gameVersion: gameVersion(), player: `bot:${game.bot}` });
        if (!built.ok) throw new CliError(`internal: ${built.message}`, 1);
        writeText(io, join(dir, goldenName(game)), replayJson(built.replay), "golden replay");
      }
      io.out(`${GOLDEN_GAMES.length} golden replays written to ${dir}. Review the diff (git diff --stat tests/golden) before committing.\n`);
      return 0;
    }
    if (!existsSync(dir)) throw new CliError(`no golden replays in ${dir}: run golden --update`);
    const files = readdirSync(dir).filter((f) => f.endsWith(".replay.json")).sort();
    const failures: string[] = [];
    for (const file of files) {
      const replay = readReplay(io, join(dir, file));
      const v = verifyReplay(replay, replay.scenario.embedded ?? scenario);
      if (v.kind === "verified") continue;
      if (v.kind === "diverged") failures.push(`${file}: diverged at ${v.turn < 0 ? "the start of the game" : `turn ${v.turn}`} (${v.differences.slice(0, 4).map((d) => `${d.quantity} ${d.recorded} → ${d.actual}`).join(", ") || "hash only"})`);
      else if (v.kind === "misstated") failures.push(`${file}: states results the game does not reach (${v.fields.slice(0, 4).map((f) => `${f.path} ${f.recorded} → ${f.actual}`).join(", ")})`);
      else failures.push(`${file}: ${v.kind === "illegal-action" ? `action ${v.index} illegal at turn ${v.turn}: ${v.message}` : v.message}`);
    }
    if (failures.length > 0) throw new CliError(`${failures.length} of ${files.length} golden replays no longer match the rules:`, 1, [...failures, "if the rule change is intended: npm run cli -- golden --update"]);
    io.out(`${files.length} golden replays verified.\n`);
    return 0;
  },
};
