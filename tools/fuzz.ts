// `npm run fuzz [-- --cases N --seed S]`: malformed scenarios, replays, saves and URL parameters against the
// core and the CLI in-process (see tools/fuzz/targets.ts). Exit 0 when every case passes, 1 otherwise.
import { parseArgs } from "node:util";
import { runFuzz } from "./fuzz/run";

const { values } = parseArgs({ options: { cases: { type: "string", default: "10000" }, seed: { type: "string", default: "20251111" } } });
const cases = Number(values.cases);
const seed = Number(values.seed);
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  process.stderr.write("usage: npm run fuzz -- [--cases <n>] [--seed <integer>]\n");
  process.exit(2);
}
const tty = Boolean(process.stderr.isTTY);
const report = await runFuzz(cases, seed, (done) => { if (tty) process.stderr.write(`\r${done}/${cases} cases`); });
if (tty) process.stderr.write("\n");
process.stdout.write(`fuzz: ${report.total} cases (${Object.entries(report.cases).map(([k, v]) => `${v} ${k}`).join(", ")}), seed ${report.seed}, ${report.seconds} s; `
  + `slowest case ${report.slowestMs} ms (budget 2000), largest memory growth in a case ${report.largestGrowthMb} MB (budget 256); ${report.failures.length} failure(s)\n`);
for (const failure of report.failures) process.stdout.write(`  ${failure}\n`);
process.exitCode = report.failures.length === 0 ? 0 : 1;
