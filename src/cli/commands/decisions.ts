import { BOTS, measureDecisions, type DecisionReport } from "../../core/index";
import { flag, int, parse, str } from "../args";
import type { Command } from "../command";
import { defaultScenarioSpec, loadScenario } from "../io";

const usage = `usage: npm run cli -- decisions [--seeds <n>] [--scenario <file|id>] [--json]

Measures what each month's decisions are worth, over seeds decisions-1..n (default 200), bilateral regime,
with the designed bots (hawk, dealmaker, balanced) and a reckless one (all the chips, no safeguards):
- the best designed bot acting only in its first three months, against its full game;
- decision value per month: the mean score lost when the best bot only ends the turn at month m
  (a branch on the same seed), for every month from the second to the last but one;
- licence policy: the best bot approving every licence, or denying every one, against its judgement;
- how often each bot loses the lead (the adversary's share of compute crosses the limit);
- the alliances score of each designed bot, and the span between them.
About (9 + turns/2) games per seed: 200 seeds of may-2025 take a few minutes.`;

const f1 = (x: number) => x.toFixed(1);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function renderDecisions(r: DecisionReport): string {
  const lines: string[] = [];
  lines.push(`${r.seeds} seeds, bilateral. Designed bots (mean total / security / economy / alliances, lead lost, dismissed):`);
  for (const [name, b] of Object.entries(r.bots)) lines.push(`  ${name.padEnd(10)} ${f1(b.total).padStart(5)}  ${f1(b.security).padStart(5)} ${f1(b.economy).padStart(5)} ${f1(b.alliances).padStart(5)}   ${pct(b.leadLost).padStart(7)} ${pct(b.dismissed).padStart(7)}`);
  lines.push("", `Best designed bot: ${r.best}.`);
  lines.push(`1. Acting only in the first 3 months: ${f1(r.firstThree.firstThree)} of ${f1(r.firstThree.full)} = ${pct(r.firstThree.fraction)} of the full-game score (target ≤ 85 %).`);
  lines.push("2. Decision value per month (mean score lost when month m is only 'end the turn'; target ≥ 1 each):");
  lines.push(`   ${"month".padEnd(6)} ${"skipped".padStart(8)} ${"value".padStart(6)}`);
  for (const m of r.perMonth) lines.push(`   ${String(m.month).padEnd(6)} ${f1(m.skipped).padStart(8)} ${f1(m.value).padStart(6)}`);
  const weakest = r.perMonth.reduce((a, b) => (b.value < a.value ? b : a), r.perMonth[0] ?? { month: 0, value: 0, full: 0, skipped: 0 });
  lines.push(`   lowest: month ${weakest.month}, ${f1(weakest.value)}`);
  lines.push(`3. Licences: judged ${f1(r.licences.judged)}, approve all ${f1(r.licences.approveAll)} (${f1(r.licences.approveAll - r.licences.judged)}), deny all ${f1(r.licences.denyAll)} (${f1(r.licences.denyAll - r.licences.judged)}); target ≤ −2 each.`);
  lines.push(`4. Lead lost: ${Object.entries(r.leadLost).map(([name, rate]) => `${name} ${pct(rate)}`).join(", ")} (target: reckless ≥ 5 %, balanced 0).`);
  lines.push(`   Alliances: ${Object.entries(r.alliances.means).map(([name, a]) => `${name} ${f1(a)}`).join(", ")}; span of the means ${f1(r.alliances.spanOfMeans)}, every game ${r.alliances.min} to ${r.alliances.max} (target ≥ 25).`);
  return `${lines.join("\n")}\n`;
}

export const decisions: Command = {
  name: "decisions",
  summary: "what each month's decisions are worth: early stop, per-month branches, licence policy, lead lost, alliances",
  usage,
  run(argv, io) {
    const args = parse(argv, { scenario: { type: "string" }, seeds: { type: "string" }, json: { type: "boolean" } }, usage, { min: 0, max: 0 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const seeds = str(args, "seeds") === undefined ? 200 : int(args, "seeds", usage, 1, 100_000, 0);
    const { scenario } = loadScenario(io, str(args, "scenario") ?? defaultScenarioSpec());
    const designed = { hawk: BOTS.hawk, dealmaker: BOTS.dealmaker, balanced: BOTS.balanced };
    const report = measureDecisions(scenario, Object.fromEntries(Object.entries(designed).filter((e): e is [string, NonNullable<typeof e[1]>] => e[1] !== undefined)), seeds);
    io.out(flag(args, "json") ? `${JSON.stringify(report, null, 2)}\n` : renderDecisions(report));
    return 0;
  },
};
