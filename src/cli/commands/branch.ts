import { BOT_NAMES, branchReplay } from "../../core/index";
import { botOption, flag, int, parse, str } from "../args";
import type { Command } from "../command";
import { CliError, gameVersion, writeText } from "../io";
import { outcomeLine } from "../format";
import { loadReplay, replayJson } from "../replays";

const usage = `usage: npm run cli -- branch <replay> --turn <k> [--bot <name>] [--out <replay>] [--scenario <file|id>] [--json]

A what-if branch: keeps the replay's first k turns (0 = none) and plays on with a bot
(${BOT_NAMES.join(", ")}; default balanced). The new replay records its parent and the branch turn.`;

export const branch: Command = {
  name: "branch",
  summary: "keep a replay's first k turns and play on with a bot",
  usage,
  run(argv, io) {
    const args = parse(argv, { turn: { type: "string" }, bot: { type: "string" }, out: { type: "string" }, scenario: { type: "string" }, json: { type: "boolean" } }, usage, { min: 1, max: 1 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    if (str(args, "turn") === undefined) throw new CliError("--turn is required", 2, [], usage);
    const turn = int(args, "turn", usage, 0, 10_000, 0);
    const bot = botOption(args, usage);
    const path = args.positionals[0] as string;
    const { replay: parent, scenario } = loadReplay(io, path, str(args, "scenario"));
    const result = branchReplay({ parent, scenario, turn, bot, gameVersion: gameVersion() });
    if (!result.ok) {
      if (result.code === "branch/turn-out-of-range") throw new CliError(result.message, 2, [], usage);
      throw new CliError(`cannot branch ${path}: action ${result.index} (turn ${result.turn}) is illegal: ${result.message} [${result.code}]`);
    }
    const { replay } = result;
    const out = str(args, "out");
    if (out) writeText(io, out, replayJson(replay), "replay");
    if (flag(args, "json")) {
      io.out(`${JSON.stringify({ id: replay.id, parent: replay.parent, final: { ...replay.final, tracks: undefined }, out: out ?? null }, null, 2)}\n`);
      return 0;
    }
    io.out(`Branch of ${parent.id} at turn ${turn}, played on by ${bot.name}: ${outcomeLine(replay.final.outcome, replay.turns.length)}.\n`);
    io.out(`Parent (${parent.player}): ${outcomeLine(parent.final.outcome, parent.turns.length)}.\n`);
    if (replay.final.hash === parent.final.hash) io.out("The branch reproduces its parent exactly: the bot made the same choices.\n");
    io.out(`Final hash ${replay.final.hash}.${out ? ` Replay written to ${out}.` : ""}\n`);
    return 0;
  },
};
