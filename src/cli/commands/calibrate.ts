import { calibrate, POLICIES, type Calibration } from "../../core/index";
import { flag, int, oneOf, parse, str } from "../args";
import type { Command } from "../command";
import { loadScenario } from "../io";

const usage = `usage: npm run cli -- calibrate <scenario> [--seeds <n>] [--policy bilateral|tiered] [--seed-prefix <p>] [--json]

Plays the scenario with every bot over <n> seeds (default 24) and prints what an author tunes: each
country's expected leakage rate and idle leakage a month, revenue against the market, the score spread per
bot, how often each event fires and each loss happens, and warnings for the usual mistakes (security pinned
at its floor, an event that never fires, a country nobody deals with, a bot dismissed in most games,
strategy not mattering). The same inputs give the same output. Exit 0, warnings or not; 2 on a bad file.`;

const pad = (value: string | number, width: number): string => String(value).padStart(width);
const pct = (part: number, whole: number): string => (whole === 0 ? "-" : `${Math.round((part * 100) / whole)}%`);

export function calibrationText(c: Calibration): string {
  const games = c.bots.reduce((s, b) => s + b.games, 0);
  const out: string[] = [`Calibration of ${c.scenario} (${c.policy}): ${c.seeds} seed(s) × ${c.bots.length} bots = ${games} games of ${c.turns} turns.`, ""];
  out.push("Bots: final score (mean, p10, median, p90), objective means, revenue against the friendly market, outcomes");
  out.push(`  ${"bot".padEnd(10)}${pad("mean", 7)}${pad("p10", 5)}${pad("med", 5)}${pad("p90", 5)}${pad("secur.", 8)}${pad("econ.", 7)}${pad("allies", 8)}${pad("revenue", 9)}${pad("leak med", 10)}${pad("sec.floor", 11)}  outcomes`);
  for (const b of c.bots) {
    const outcomes = `${b.results.completed} completed, ${b.results.dismissed} dismissed, ${b.results["lead-lost"]} lead lost`;
    out.push(`  ${b.bot.padEnd(10)}${pad(b.score.mean, 7)}${pad(b.score.p10, 5)}${pad(b.score.median, 5)}${pad(b.score.p90, 5)}${pad(b.security, 8)}${pad(b.economy, 7)}${pad(b.alliances, 8)}${pad(`${Math.round(b.revenueShare / 10)}%`, 9)}${pad(b.leakage.median, 10)}${pad(pct(b.securityFloorGames, b.games), 11)}  ${outcomes}`);
  }
  out.push("", "Countries: diversion exposure and expected rate at the start (per-mille of chips shipped, no deal), baseline");
  out.push("shipments and the leakage they imply a month, leakage a month in the idle bot's games, games with a deal (bots but idle)");
  out.push(`  ${"id".padEnd(4)}${pad("exposure", 9)}${pad("rate‰", 7)}${pad("baseline/mo", 13)}${pad("expected leak/mo", 18)}${pad("idle leak/mo", 14)}${pad("deals", 8)}`);
  for (const k of c.countries) {
    out.push(`  ${k.id.padEnd(4)}${pad(k.exposure, 9)}${pad(k.expectedRatePm, 7)}${pad(k.baselineShipments, 13)}${pad(k.expectedIdleLeak, 18)}${pad(k.idleLeakPerMonth, 14)}${pad(k.adversary ? "adv." : `${Math.round(k.dealGamesPm / 10)}%`, 8)}`);
  }
  if (c.events.length > 0) {
    out.push("", "Events: share of all games in which each fired");
    for (const e of c.events) out.push(`  ${e.id.padEnd(34)}${pad(pct(e.firedGames, e.games), 6)}`);
  }
  out.push("", c.warnings.length === 0 ? "No warnings." : `${c.warnings.length} warning(s):`);
  for (const w of c.warnings) out.push(`  warning: ${w.message}`);
  return `${out.join("\n")}\n`;
}

export const calibrateCommand: Command = {
  name: "calibrate",
  summary: "play a scenario with every bot over seeds and report what to tune",
  usage,
  run(argv, io) {
    const args = parse(argv, { seeds: { type: "string" }, policy: { type: "string" }, "seed-prefix": { type: "string" }, json: { type: "boolean" } }, usage, { min: 1, max: 1 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const seeds = int(args, "seeds", usage, 1, 1000, 24);
    const policy = oneOf(args, "policy", POLICIES, usage);
    const { scenario } = loadScenario(io, args.positionals[0] as string);
    const progress = io.stderrIsTTY ? (done: number, total: number) => { (io.progress ?? io.err)(`\r${done}/${total} games${done === total ? "\n" : ""}`); } : undefined;
    const result = calibrate(scenario, {
      seeds, ...(policy ? { policy } : {}), ...(str(args, "seed-prefix") ? { seedPrefix: str(args, "seed-prefix") as string } : {}),
      ...(progress ? { onGame: progress } : {}),
    });
    io.out(flag(args, "json") ? `${JSON.stringify(result, null, 2)}\n` : calibrationText(result));
    return 0;
  },
};
