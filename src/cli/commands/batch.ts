import { playGame, POLICIES, type Policy } from "../../core/index";
import { botOption, flag, int, oneOf, parse, str } from "../args";
import type { Command } from "../command";
import { CliError, defaultScenarioSpec, loadScenario, now, writeText, type Io } from "../io";
import { median, percentile, round } from "../format";

const usage = `usage: npm run cli -- batch --seeds <n> [--bot <name>] [--scenario <file|id>] [--policy bilateral|tiered] [--seed-prefix <p>] [--csv <out>] [--json]

Monte Carlo over seeds <p>1..<p>n (prefix default "batch-"): plays every seed with the bot under each regime
(both unless --policy) and prints mean, median, p10 and p90 of the final score, leakage, revenue, investment
and allied trust. The same inputs give the same output. --csv writes one row per game.`;

export const METRICS = ["score", "leakage", "revenue", "investment", "trust"] as const;
type Metric = (typeof METRICS)[number];

export interface GameRow { seed: string; policy: Policy; bot: string; result: string; grade: string; score: number; security: number; economy: number; alliances: number; leakage: number; leakageDetected: number; revenue: number; investment: number; trust: number; turns: number }
export interface Stats { mean: number; median: number; p10: number; p90: number }

export function statsOf(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((s, x) => s + x, 0) / sorted.length : 0;
  return { mean: round(mean, 2), median: median(sorted), p10: percentile(sorted, 10), p90: percentile(sorted, 90) };
}

/** A progress bar on a terminal only (pipes and files stay clean), shown from the first game, then redrawn at most once per thousandth. */
function progress(io: Io, done: number, total: number): void {
  if (!io.stderrIsTTY) return;
  const step = Math.max(1, Math.floor(total / 1000));
  if (done !== 1 && done % step !== 0 && done !== total) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  (io.progress ?? io.err)(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} (Ctrl-C stops)${done === total ? "\n" : ""}`);
}

export const batch: Command = {
  name: "batch",
  summary: "Monte Carlo over seeds: score, leakage, revenue, investment, trust per regime",
  usage,
  async run(argv, io) {
    const args = parse(argv, {
      scenario: { type: "string" }, seeds: { type: "string" }, bot: { type: "string" }, policy: { type: "string" },
      "seed-prefix": { type: "string" }, csv: { type: "string" }, json: { type: "boolean" },
    }, usage, { min: 0, max: 0 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    if (str(args, "seeds") === undefined) throw new CliError("--seeds is required", 2, [], usage);
    const seeds = int(args, "seeds", usage, 1, 1_000_000, 0);
    const bot = botOption(args, usage);
    const only = oneOf(args, "policy", POLICIES, usage);
    const policies: Policy[] = only ? [only] : [...POLICIES];
    const prefix = str(args, "seed-prefix") ?? "batch-";
    const { scenario } = loadScenario(io, str(args, "scenario") ?? defaultScenarioSpec());
    const rows: GameRow[] = [];
    const total = seeds * policies.length;
    // The loop gives the event loop a turn every 100 ms, so Ctrl-C (main.ts) is handled at once.
    let lastBreath = now();
    for (const policy of policies) {
      for (let i = 1; i <= seeds; i++) {
        const seed = `${prefix}${i}`;
        const { state } = playGame(scenario, seed, bot, { policy });
        const score = state.outcome?.score;
        rows.push({
          seed, policy, bot: bot.name, result: state.outcome?.result ?? "unfinished", grade: score?.grade ?? "-",
          score: score?.total ?? 0, security: score?.security ?? 0, economy: score?.economy ?? 0, alliances: score?.alliances ?? 0,
          leakage: state.tracks.leakageTrue, leakageDetected: state.tracks.leakageDetected, revenue: state.tracks.revenue,
          investment: state.tracks.investment, trust: state.tracks.alliedTrust, turns: state.turn,
        });
        progress(io, rows.length, total);
        if (now() - lastBreath > 100) { await new Promise((resolve) => setImmediate(resolve)); lastBreath = now(); }
      }
    }
    const summary = policies.map((policy) => {
      const games = rows.filter((r) => r.policy === policy);
      const stats = Object.fromEntries(METRICS.map((m) => [m, statsOf(games.map((g) => g[m]))])) as Record<Metric, Stats>;
      const results: Record<string, number> = {};
      for (const g of games) results[g.result] = (results[g.result] ?? 0) + 1;
      return { policy, games: games.length, results, stats };
    });
    const csv = str(args, "csv");
    if (csv) {
      const cols = ["seed", "policy", "bot", "result", "grade", "score", "security", "economy", "alliances", "leakage", "leakageDetected", "revenue", "investment", "trust", "turns"] as const;
      writeText(io, csv, `${cols.join(",")}\n${rows.map((r) => cols.map((c) => String(r[c])).join(",")).join("\n")}\n`, "CSV");
    }
    if (flag(args, "json")) {
      io.out(`${JSON.stringify({ scenario: scenario.id, bot: bot.name, seeds, seedPrefix: prefix, regimes: summary }, null, 2)}\n`);
      return 0;
    }
    const out: string[] = [`${scenario.id}, bot ${bot.name}, ${seeds} seed(s) ${prefix}1..${prefix}${seeds}`];
    for (const s of summary) {
      out.push("", `${s.policy}: ${s.games} games (${Object.entries(s.results).map(([k, v]) => `${v} ${k}`).join(", ")})`);
      out.push(`  ${"".padEnd(22)}${["mean", "median", "p10", "p90"].map((h) => h.padStart(12)).join("")}`);
      const labels: Record<Metric, string> = { score: "score", leakage: "leakage (H100-eq.)", revenue: "revenue ($M)", investment: "investment ($B)", trust: "allied trust" };
      for (const m of METRICS) {
        const st = s.stats[m];
        out.push(`  ${labels[m].padEnd(22)}${[st.mean, st.median, st.p10, st.p90].map((x) => String(x).padStart(12)).join("")}`);
      }
    }
    if (csv) out.push("", `One row per game written to ${csv}.`);
    io.out(`${out.join("\n")}\n`);
    return 0;
  },
};
