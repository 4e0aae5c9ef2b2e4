import { cpus } from "node:os";
import {
  BALANCED, DEALMAKER, DESIGNED_BOTS, HAWK, judgeBalance, marginInSd, mean, PARAM_KEYS, RESTRICTED_BOTS, sd, searchStrategies,
  type Criterion, type GameResult, type Scenario, type StrategyParams,
} from "../../core/index";
import { flag, int, parse, str } from "../args";
import type { Command } from "../command";
import { defaultScenarioSpec, gameVersion, loadScenario, now, type Io } from "../io";
import { openPool, type Pool } from "../balancePool";

const usage = `usage: npm run cli -- balance [--seeds <n>] [--scenario <file|id>] [--search] [--strategies <n>] [--search-seeds <n>]
                             [--search-seed <s>] [--workers <n>] [--json]

Plays every bot on seeds balance-1..balance-<n> (default 200) of the scenario (bilateral; the tiered regime with the
balanced bot) and checks the six balance criteria of issue 8: (1) the best designed bot beats random play by 2 pooled SD,
(2) idle loses to every designed bot on 95 % of paired seeds, (3) every restricted strategy loses to the best designed
bot, (4) with --search, an exploit search finds nothing better than the best designed bot by more than 1 pooled SD,
(5) hawk / dealmaker / tiered trade-offs, (6) nothing credited that was impossible.
--search runs random restarts with hill climbing over the parametric strategy family: --strategies (default 500)
strategies on --search-seeds (default 20) seeds search-1..; the best is then replayed on the balance seeds.
Exit 0 when every criterion holds, 1 when one fails. The same options give the same numbers (--workers only changes speed).`;

const CONTROLS = ["idle", "random"] as const;

function seedList(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
}

/** Splits each bot's seeds into chunks so that the workers share the load. */
async function playBots(pool: Pool, bots: readonly string[], seeds: string[], policy: "bilateral" | "tiered"): Promise<Record<string, GameResult[]>> {
  const chunk = 25;
  const tasks = bots.flatMap((bot) => Array.from({ length: Math.ceil(seeds.length / chunk) }, (_, k) => ({ kind: "bot" as const, bot, policy, seeds: seeds.slice(k * chunk, (k + 1) * chunk) })));
  const results = await pool.run(tasks);
  const out: Record<string, GameResult[]> = {};
  tasks.forEach((task, i) => { out[task.bot] = [...(out[task.bot] ?? []), ...(results[i] ?? [])]; });
  return out;
}

export interface SearchReport {
  strategies: number;
  seeds: number;
  seconds: number;
  best: StrategyParams;
  searchScore: number;
  balanceScore: number;
  balanceSd: number;
  bestDesigned: string;
  bestDesignedScore: number;
  marginSd: number;
  pass: boolean;
}

export async function exploitSearch(pool: Pool, o: { seed: string; strategies: number; searchSeeds: number; workers: number; balanceSeeds: string[]; designed: Record<string, GameResult[]>; io: Io }): Promise<SearchReport> {
  const started = now();
  const seeds = seedList("search-", o.searchSeeds);
  const found = await searchStrategies({
    seed: o.seed, budget: o.strategies, restarts: Math.max(1, Math.floor(o.strategies / 100)), batch: Math.max(2, o.workers * 2),
    starts: [BALANCED, DEALMAKER, HAWK],
    evaluate: async (batch) => (await pool.run(batch.map((params) => ({ kind: "params" as const, params, seeds })))).map((rs) => mean(rs.map((r) => r.score))),
    onProgress: (done, best) => { if (o.io.stderrIsTTY) o.io.err(`\rexploit search: ${done}/${o.strategies} strategies, best ${best.toFixed(1)}   `); },
  });
  if (o.io.stderrIsTTY) o.io.err("\n");
  const seconds = (now() - started) / 1000;
  const chunk = 25;
  const replay = await pool.run(Array.from({ length: Math.ceil(o.balanceSeeds.length / chunk) }, (_, k) => ({ kind: "params" as const, params: found.best, seeds: o.balanceSeeds.slice(k * chunk, (k + 1) * chunk) })));
  const scores = replay.flat().map((r) => r.score);
  const bestDesigned = Object.entries(o.designed).sort((a, b) => mean(b[1].map((r) => r.score)) - mean(a[1].map((r) => r.score)))[0];
  const designedScores = (bestDesigned?.[1] ?? []).map((r) => r.score);
  const marginSd = marginInSd(scores, designedScores);
  return {
    strategies: found.evaluated, seeds: seeds.length, seconds, best: found.best, searchScore: found.bestScore, balanceScore: mean(scores), balanceSd: sd(scores),
    bestDesigned: bestDesigned?.[0] ?? "", bestDesignedScore: mean(designedScores), marginSd, pass: marginSd <= 1,
  };
}

function searchCriterion(r: SearchReport): Criterion {
  return {
    id: 4, title: "the exploit search finds nothing better than the best designed bot by more than 1 pooled SD", pass: r.pass,
    lines: [
      `${r.strategies} strategies × ${r.seeds} seeds in ${r.seconds.toFixed(0)} s; best found scores ${r.searchScore.toFixed(1)} on the search seeds`,
      `on the balance seeds it scores ${r.balanceScore.toFixed(1)} ± ${r.balanceSd.toFixed(1)} against ${r.bestDesigned} ${r.bestDesignedScore.toFixed(1)}: margin ${r.marginSd.toFixed(2)} pooled SD`,
      `best strategy: ${PARAM_KEYS.map((k) => `${k}=${r.best[k]}`).join(" ")}`,
    ],
  };
}

export function formatCriteria(criteria: Criterion[]): string[] {
  return criteria.flatMap((c) => [`${c.id}. ${c.pass ? "PASS" : "FAIL"}  ${c.title}`, ...c.lines.map((l) => `     ${l}`)]);
}

function table(bilateral: Record<string, GameResult[]>, tiered: GameResult[]): string[] {
  const rows: [string, GameResult[]][] = [...Object.entries(bilateral), ["balanced (tiered regime)", tiered]];
  const head = `${"bot".padEnd(26)}${"score".padStart(8)}${"sd".padStart(6)}${"leakage".padStart(10)}${"revenue $M".padStart(12)}${"invest. $B".padStart(12)}${"dismissed".padStart(11)}${"actions".padStart(9)}`;
  return [head, ...rows.map(([bot, rs]) => `${bot.padEnd(26)}${mean(rs.map((r) => r.score)).toFixed(1).padStart(8)}${sd(rs.map((r) => r.score)).toFixed(1).padStart(6)}${Math.round(mean(rs.map((r) => r.leakage))).toString().padStart(10)}${Math.round(mean(rs.map((r) => r.revenue))).toString().padStart(12)}${Math.round(mean(rs.map((r) => r.investment))).toString().padStart(12)}${`${(mean(rs.map((r) => (r.dismissed ? 1 : 0))) * 100).toFixed(1)} %`.padStart(11)}${Math.round(mean(rs.map((r) => r.actions))).toString().padStart(9)}`)];
}

export async function balanceOf(scenario: Scenario, o: { seeds: number; workers: number; search: boolean; strategies: number; searchSeeds: number; searchSeed: string; io: Io }) {
  const pool = openPool(scenario, o.workers);
  try {
    const seeds = seedList("balance-", o.seeds);
    const restricted = Object.keys(RESTRICTED_BOTS);
    const bilateral = await playBots(pool, [...CONTROLS, ...DESIGNED_BOTS, ...restricted], seeds, "bilateral");
    const tiered = (await playBots(pool, ["balanced"], seeds, "tiered")).balanced ?? [];
    const judged = judgeBalance({ bilateral, tiered, designed: DESIGNED_BOTS, restricted });
    const designed = Object.fromEntries(DESIGNED_BOTS.map((b) => [b, bilateral[b] ?? []]));
    const search = o.search ? await exploitSearch(pool, { seed: o.searchSeed, strategies: o.strategies, searchSeeds: o.searchSeeds, workers: o.workers, balanceSeeds: seeds, designed, io: o.io }) : null;
    const criteria = search ? [...judged.criteria, searchCriterion(search)].sort((a, b) => a.id - b.id) : judged.criteria;
    return { seeds, bilateral, tiered, best: judged.best, criteria, search };
  } finally {
    pool.close();
  }
}

export const balance: Command = {
  name: "balance",
  summary: "the balance report: every bot over many seeds, the six criteria, and (--search) the exploit search",
  usage,
  async run(argv, io) {
    const args = parse(argv, {
      scenario: { type: "string" }, seeds: { type: "string" }, search: { type: "boolean" }, strategies: { type: "string" },
      "search-seeds": { type: "string" }, "search-seed": { type: "string" }, workers: { type: "string" }, json: { type: "boolean" },
    }, usage, { min: 0, max: 0 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const { scenario } = loadScenario(io, str(args, "scenario") ?? defaultScenarioSpec());
    const options = {
      seeds: int(args, "seeds", usage, 2, 100_000, 200),
      workers: int(args, "workers", usage, 1, 64, Math.max(1, Math.min(2, cpus().length))),
      search: flag(args, "search"),
      strategies: int(args, "strategies", usage, 1, 1_000_000, 500),
      searchSeeds: int(args, "search-seeds", usage, 1, 100_000, 20),
      searchSeed: str(args, "search-seed") ?? "exploit",
      io,
    };
    const started = now();
    const report = await balanceOf(scenario, options);
    const ok = report.criteria.every((c) => c.pass);
    if (flag(args, "json")) {
      const bots = Object.fromEntries(Object.entries(report.bilateral).map(([bot, rs]) => [bot, { score: mean(rs.map((r) => r.score)), sd: sd(rs.map((r) => r.score)) }]));
      io.out(`${JSON.stringify({ scenario: scenario.id, rules: gameVersion(), seeds: options.seeds, bots, best: report.best, criteria: report.criteria, search: report.search }, null, 2)}\n`);
      return ok ? 0 : 1;
    }
    io.out([
      `Balance of ${scenario.id} (bilateral), seeds balance-1..balance-${options.seeds}, rules ${gameVersion()}, ${((now() - started) / 1000).toFixed(0)} s`,
      "",
      ...table(report.bilateral, report.tiered),
      "",
      ...formatCriteria(report.criteria),
      ...(report.search ? [] : ["", "(criterion 4, the exploit search: add --search)"]),
      "",
    ].join("\n"));
    return ok ? 0 : 1;
  },
};

const exploitUsage = `usage: npm run cli -- exploit [--strategies <n>] [--search-seeds <n>] [--search-seed <s>] [--seeds <n>] [--scenario <file|id>]
                             [--workers <n>]

The exploit search alone (criterion 4 of \`balance\`): random restarts with hill climbing over the parametric strategy
family, --strategies (default 500) strategies on --search-seeds (default 20) seeds; the best found is replayed on
seeds balance-1..balance-<n> (default 200) against the designed bots. Exit 1 when it beats the best designed bot by
more than 1 pooled SD.`;

export const exploit: Command = {
  name: "exploit",
  summary: "the exploit search: the best strategy found and its margin over the best designed bot",
  usage: exploitUsage,
  async run(argv, io) {
    const args = parse(argv, {
      scenario: { type: "string" }, seeds: { type: "string" }, strategies: { type: "string" }, "search-seeds": { type: "string" },
      "search-seed": { type: "string" }, workers: { type: "string" },
    }, exploitUsage, { min: 0, max: 0 });
    if (args.values.help) { io.out(`${exploitUsage}\n`); return 0; }
    const { scenario } = loadScenario(io, str(args, "scenario") ?? defaultScenarioSpec());
    const workers = int(args, "workers", exploitUsage, 1, 64, Math.max(1, Math.min(2, cpus().length)));
    const seeds = seedList("balance-", int(args, "seeds", exploitUsage, 2, 100_000, 200));
    const pool = openPool(scenario, workers);
    try {
      const designed = await playBots(pool, DESIGNED_BOTS, seeds, "bilateral");
      const report = await exploitSearch(pool, {
        seed: str(args, "search-seed") ?? "exploit", strategies: int(args, "strategies", exploitUsage, 1, 1_000_000, 500),
        searchSeeds: int(args, "search-seeds", exploitUsage, 1, 100_000, 20), workers, balanceSeeds: seeds, designed, io,
      });
      io.out(`${formatCriteria([searchCriterion(report)]).join("\n")}\n`);
      return report.pass ? 0 : 1;
    } finally {
      pool.close();
    }
  },
};
