import { compareReplays, type Comparison } from "../../core/index";
import { flag, parse, str } from "../args";
import type { Command } from "../command";
import { CliError } from "../io";
import { fmt } from "../format";
import { loadVerifiedReplay } from "../replays";

const usage = `usage: npm run cli -- compare <replay> <replay>... [--scenario <file|id>] [--json]

Side by side for replays of the same scenario and seed (any regime): final scores and tracks, deals per
country and the first turn where they diverge. Every replay is re-simulated first: one that does not
verify (an edited score, a divergence) is refused with exit 1. Exit 2 if they do not share scenario and seed.`;

const TRACKS = ["politicalCapital", "hawkishness", "alliedTrust", "industryPressure", "usLead", "leakageTrue", "leakageDetected", "revenue", "investment", "tariffConcessions"] as const;

export const compare: Command = {
  name: "compare",
  summary: "side-by-side table of replays of the same scenario and seed",
  usage,
  run(argv, io) {
    const args = parse(argv, { json: { type: "boolean" }, scenario: { type: "string" } }, usage, { min: 2, max: 1000 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const replays = args.positionals.map((p) => loadVerifiedReplay(io, p, str(args, "scenario")).replay);
    const result = compareReplays(replays);
    if (!result.ok) {
      throw new CliError("these replays cannot be compared: they do not share scenario and seed", 2,
        result.problems.map((p) => `${p.path.replace(/^replays\[(\d+)\]/, (_, i: string) => args.positionals[Number(i)] ?? "?")}: ${p.message}`));
    }
    if (flag(args, "json")) { io.out(`${JSON.stringify({ files: args.positionals, ...result.value }, null, 2)}\n`); return 0; }
    io.out(renderComparison(result.value, args.positionals));
    return 0;
  },
};

export function renderComparison(c: Comparison, files: readonly string[]): string {
  const header = ["", ...c.replays.map((_, i) => `#${i + 1}`)];
  const rows: string[][] = [
    ["player", ...c.replays.map((r) => r.player)],
    ["regime", ...c.replays.map((r) => r.policy)],
    ["branch of", ...c.replays.map((r) => (r.parent ? `${r.parent.id} @${r.parent.branchTurn}` : "—"))],
    ["turns", ...c.replays.map((r) => String(r.turns))],
    ["result", ...c.replays.map((r) => r.outcome?.result ?? "in play")],
    ["score", ...c.replays.map((r) => (r.outcome ? `${r.outcome.score.total} (${r.outcome.score.grade})` : "—"))],
    ["  security", ...c.replays.map((r) => (r.outcome ? String(r.outcome.score.security) : "—"))],
    ["  economy", ...c.replays.map((r) => (r.outcome ? String(r.outcome.score.economy) : "—"))],
    ["  alliances", ...c.replays.map((r) => (r.outcome ? String(r.outcome.score.alliances) : "—"))],
    ...TRACKS.map((t) => [t, ...c.replays.map((r) => fmt(r.tracks[t]))]),
    ...c.countries.map((id) => [`deal ${id}`, ...c.replays.map((r) => { const d = r.deals[id]; return d ? `${fmt(d.chips)} chips, $${fmt(d.investment)}B (t${d.signedTurn})` : "—"; })]),
  ];
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((r) => (r[col] ?? "").length)));
  const lines = all.map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join("  "));
  const divergence = c.firstDivergentTurn === null ? "The games are identical."
    : c.firstDivergentTurn < 0 ? "The games differ from the start (another regime)."
      : `The games first diverge at turn ${c.firstDivergentTurn}${c.firstDivergentAction === null ? "" : ` (first different action: #${c.firstDivergentAction})`}.`;
  return `Scenario ${c.scenarioId}, seed "${c.seed}".\n${files.map((f, i) => `#${i + 1} ${f}`).join("\n")}\n\n${lines.join("\n")}\n\n${divergence}\n`;
}
