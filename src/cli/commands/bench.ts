import {
  BOTS, buildReplay, buildTimeline, newGame, playGame, playOn, stateAtTurn, step, turnsOf, verifyReplay,
  type GameState, type Replay,
} from "../../core/index";
import { flag, int, parse, str } from "../args";
import type { Command } from "../command";
import { CliError, defaultScenarioSpec, gameVersion, loadScenario, now } from "../io";
import { median, round } from "../format";

const usage = `usage: npm run cli -- bench [--scenario <file|id>] [--games <n>] [--json]

Times the core on this machine (balanced bot, seeds bench-1..bench-n, default 30): the median of one turn
resolution, of one full game (no per-turn hashing: that is part of verifying), games per second, the median time to verify a replay and to rebuild the state
at a random turn k from checkpoints (and, for contrast, from the start). Not a test: numbers vary by machine.`;

function medianMs(samples: number[]): number {
  return round(median([...samples].sort((a, b) => a - b)), 4);
}

/** Runs `fn` enough times to last about 2 ms, returns the time per call. */
function timePerCall(fn: () => void): number {
  let reps = 1;
  for (;;) {
    const t0 = now();
    for (let i = 0; i < reps; i++) fn();
    const elapsed = now() - t0;
    if (elapsed >= 2 || reps >= 1 << 16) return elapsed / reps;
    reps *= 2;
  }
}

export const bench: Command = {
  name: "bench",
  summary: "time turns, games, replay verification and rebuilding a turn",
  usage,
  run(argv, io) {
    const args = parse(argv, { scenario: { type: "string" }, games: { type: "string" }, json: { type: "boolean" } }, usage, { min: 0, max: 0 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const games = int(args, "games", usage, 3, 10_000, 30);
    const { scenario } = loadScenario(io, str(args, "scenario") ?? defaultScenarioSpec());
    const bot = BOTS.balanced;
    if (!bot) throw new CliError("the balanced bot is missing", 1);
    const seeds = Array.from({ length: games }, (_, i) => `bench-${i + 1}`);
    for (const seed of seeds.slice(0, 3)) playGame(scenario, seed, bot); // warm up

    const gameMs: number[] = [];
    const replays: Replay[] = [];
    const beforeEnd: GameState[] = [];
    for (const seed of seeds) {
      const t0 = now();
      const played = playOn(newGame(scenario, seed), bot, { hashes: false });
      gameMs.push(now() - t0);
      const built = buildReplay({ scenario, seed, actions: played.actions, gameVersion: gameVersion(), player: "bot:balanced", embedScenario: false });
      if (!built.ok) throw new CliError(`internal: a bot game does not replay (${built.message})`, 1);
      replays.push(built.replay);
    }
    for (const replay of replays.slice(0, 5)) {
      let state = newGame(scenario, replay.seed);
      for (const action of replay.actions) {
        if (action.type === "endTurn") beforeEnd.push(state);
        const r = step(state, action);
        if (!r.ok) break;
        state = r.state;
      }
    }
    const turnMs = beforeEnd.map((s) => timePerCall(() => { step(s, { type: "endTurn" }); }));

    let played = 0;
    const t0 = now();
    while (now() - t0 < 1000) { playGame(scenario, seeds[played % seeds.length] as string, bot, { hashes: false }); played += 1; }
    const gamesPerSecond = round(played / ((now() - t0) / 1000), 1);

    const verifyMs = replays.map((r) => { const t = now(); const v = verifyReplay(r, scenario); const ms = now() - t; if (v.kind !== "verified") throw new CliError(`internal: ${v.kind}`, 1); return ms; });

    const rebuildMs: number[] = [];
    const fromStartMs: number[] = [];
    replays.forEach((r, i) => {
      const built = buildTimeline(scenario, r.seed, r.policy, r.actions);
      if (!built.ok) return;
      const turns = turnsOf(built.timeline);
      const k = (i * 7 + 3) % (turns + 1);
      rebuildMs.push(timePerCall(() => { stateAtTurn(built.timeline, k); }));
      const fresh = { ...built.timeline, checkpoints: built.timeline.checkpoints.slice(0, 1), interval: 1_000_000 };
      fromStartMs.push(timePerCall(() => { stateAtTurn(fresh, k); }));
    });

    const result = {
      scenario: scenario.id,
      games,
      turnsPerGameMedian: median(replays.map((r) => r.turns.length).sort((a, b) => a - b)),
      turnMedianMs: medianMs(turnMs),
      gameMedianMs: medianMs(gameMs),
      gamesPerSecond,
      verifyMedianMs: medianMs(verifyMs),
      rebuildAtTurnMedianMs: medianMs(rebuildMs),
      rebuildFromStartMedianMs: medianMs(fromStartMs),
    };
    if (flag(args, "json")) { io.out(`${JSON.stringify(result)}\n`); return 0; }
    io.out([
      `${scenario.id}: ${scenario.turns} turns, balanced bot, ${games} seeds (median game length ${result.turnsPerGameMedian} turns)`,
      `  one turn resolution (median)        ${result.turnMedianMs} ms`,
      `  one full game, no hashing (median)  ${result.gameMedianMs} ms`,
      `  games per second                    ${result.gamesPerSecond}`,
      `  verify a replay (median)            ${result.verifyMedianMs} ms`,
      `  rebuild turn k from checkpoints     ${result.rebuildAtTurnMedianMs} ms`,
      `  rebuild turn k from the start       ${result.rebuildFromStartMedianMs} ms`,
    ].join("\n") + "\n");
    return 0;
  },
};
