import { BOT_NAMES, buildReplay, newGame, playOn, POLICIES, seedProblem, type Policy } from "../../core/index";
import { botOption, flag, oneOf, parse, str } from "../args";
import type { Command } from "../command";
import { CliError, defaultScenarioSpec, gameVersion, loadScenario, writeText } from "../io";
import { outcomeLine } from "../format";
import { replayJson } from "../replays";

const usage = `usage: npm run cli -- play --seed <seed> [--scenario <file|id>] [--bot <name>] [--policy bilateral|tiered] [--out <replay>] [--no-embed] [--json]

Plays a full game with a bot and prints the result; --out writes the replay (the scenario embedded unless --no-embed).
  --scenario  a scenario file or a bundled id (default: may-2025, or the test fixture until it exists)
  --bot       ${BOT_NAMES.join(", ")} (default balanced)
  --policy    overrides the scenario's regime`;

export const play: Command = {
  name: "play",
  summary: "play a full game with a bot and write its replay",
  usage,
  run(argv, io) {
    const args = parse(argv, {
      scenario: { type: "string" }, seed: { type: "string" }, bot: { type: "string" }, policy: { type: "string" },
      out: { type: "string" }, "no-embed": { type: "boolean" }, json: { type: "boolean" },
    }, usage, { min: 0, max: 0 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const seed = str(args, "seed");
    if (seed === undefined || seed === "") throw new CliError("--seed is required: seeds are always explicit", 2, [], usage);
    const badSeed = seedProblem(seed);
    if (badSeed) throw new CliError(`--seed ${badSeed}: a replay could not record it`, 2, [], usage);
    const bot = botOption(args, usage);
    const policy: Policy | undefined = oneOf(args, "policy", POLICIES, usage);
    const { scenario } = loadScenario(io, str(args, "scenario") ?? defaultScenarioSpec());
    const played = playOn(newGame(scenario, seed, { policy }), bot);
    const built = buildReplay({ scenario, seed, policy: policy ?? scenario.policy, actions: played.actions, gameVersion: gameVersion(), player: `bot:${bot.name}`, embedScenario: !flag(args, "no-embed") });
    if (!built.ok) throw new CliError(`internal: the bot's game does not replay (${built.code} at action ${built.index}: ${built.message})`, 1);
    const { replay } = built;
    const out = str(args, "out");
    if (out) writeText(io, out, replayJson(replay), "replay");
    if (flag(args, "json")) {
      io.out(`${JSON.stringify({ id: replay.id, scenario: scenario.id, seed, bot: bot.name, policy: replay.policy, actions: replay.actions.length, final: { ...replay.final, tracks: undefined, deals: undefined }, turnHashes: replay.turns.map((t) => t.hash), out: out ?? null }, null, 2)}\n`);
      return 0;
    }
    io.out(`${scenario.id}, seed "${seed}", bot ${bot.name}, ${replay.policy} regime: ${outcomeLine(replay.final.outcome, replay.turns.length)}.\n`);
    io.out(`${replay.actions.length} actions over ${replay.turns.length} turns; deals with ${Object.keys(replay.final.deals).join(", ") || "nobody"}. Final hash ${replay.final.hash}.\n`);
    if (out) io.out(`Replay written to ${out}.\n`);
    return 0;
  },
};
