import { buildReport } from "../../core/index";
import { oneOf, parse, str } from "../args";
import type { Command } from "../command";
import { CliError, writeText } from "../io";
import { loadReplay } from "../replays";
import { reportCsv, reportJson, reportMarkdown } from "../reportRender";

const usage = `usage: npm run cli -- report <replay> [--format md|csv|json] [--out <file>] [--scenario <file|id>]

A turn-by-turn debrief built from the ledger: decisions and their consequences, deals, leakage true versus
detected, and the counterparts' hidden values revealed. Markdown by default; CSV has one row per ledger entry.`;

export const report: Command = {
  name: "report",
  summary: "turn-by-turn debrief of a replay (md, csv or json)",
  usage,
  run(argv, io) {
    const args = parse(argv, { format: { type: "string" }, out: { type: "string" }, scenario: { type: "string" } }, usage, { min: 1, max: 1 });
    if (args.values.help) { io.out(`${usage}\n`); return 0; }
    const format = oneOf(args, "format", ["md", "csv", "json"] as const, usage) ?? "md";
    const path = args.positionals[0] as string;
    const { replay, scenario } = loadReplay(io, path, str(args, "scenario"));
    const built = buildReport(replay, scenario);
    if (!built.ok) throw new CliError(`cannot report on ${path}: action ${built.index} (turn ${built.turn}) is illegal: ${built.message} [${built.code}]`);
    const rendered = format === "md" ? reportMarkdown(built.report, scenario) : format === "csv" ? reportCsv(built.report, scenario) : reportJson(built.report, scenario);
    const out = str(args, "out");
    if (out) { writeText(io, out, rendered, "report"); io.out(`Report written to ${out}.\n`); }
    else io.out(rendered);
    return 0;
  },
};
