// Runs the fuzz targets with fast-check from a fixed seed: each case within a time and memory budget.
import fc from "fast-check";
import {
  cleanScratch, makeBase, mutation, replayCase, saveCase, scenarioCase, textDamage, urlCase, urlSearch,
} from "./targets";

export const CASE_TIME_BUDGET_MS = 2000;
export const CASE_MEMORY_BUDGET_MB = 256;

export interface FuzzReport {
  seed: number;
  cases: Record<string, number>;
  total: number;
  failures: string[];
  slowestMs: number;
  /** The largest growth of the process's resident memory during one case. */
  largestGrowthMb: number;
  seconds: number;
}

/** Shares of the cases: replays are the richest target (parse, then re-simulation). */
const SHARES = { scenario: 0.3, replay: 0.4, save: 0.15, url: 0.15 } as const;

export async function runFuzz(total: number, seed: number, progress?: (done: number) => void): Promise<FuzzReport> {
  const base = makeBase();
  const started = performance.now();
  const cases: Record<string, number> = {};
  const failures: string[] = [];
  let slowestMs = 0;
  let largestGrowthMb = 0;
  let done = 0;
  const budgeted = async (name: string, work: () => Promise<void> | void): Promise<void> => {
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    await work();
    const ms = performance.now() - t0;
    const growth = (process.memoryUsage().rss - rssBefore) / 1_048_576;
    slowestMs = Math.max(slowestMs, ms);
    largestGrowthMb = Math.max(largestGrowthMb, growth);
    if (ms > CASE_TIME_BUDGET_MS) throw new Error(`${name}: a case took ${Math.round(ms)} ms (budget ${CASE_TIME_BUDGET_MS} ms)`);
    if (growth > CASE_MEMORY_BUDGET_MB) throw new Error(`${name}: a case grew memory by ${Math.round(growth)} MB (budget ${CASE_MEMORY_BUDGET_MB} MB)`);
    done += 1;
    if (progress && done % 100 === 0) progress(done);
  };
  const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
  const targets: [keyof typeof SHARES, fc.IAsyncProperty<never> | fc.IAsyncProperty<[never]>][] = [
    ["scenario", fc.asyncProperty(mutations, textDamage, (m, d) => budgeted("scenario", () => scenarioCase(base, m, d, true))) as never],
    ["replay", fc.asyncProperty(mutations, textDamage, (m, d) => budgeted("replay", () => replayCase(base, m, d, true))) as never],
    ["save", fc.asyncProperty(mutations, textDamage, (m, d) => budgeted("save", () => saveCase(base, m, d))) as never],
    ["url", fc.asyncProperty(urlSearch, (s) => budgeted("url", () => urlCase(s))) as never],
  ];
  try {
    for (const [i, [name, property]] of targets.entries()) {
      const numRuns = Math.max(1, Math.round(total * SHARES[name]));
      cases[name] = numRuns;
      const result = await fc.check(property, { seed: seed + i, numRuns, endOnFailure: true });
      if (result.failed) {
        const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
        failures.push(`${name}: ${error} (counterexample ${JSON.stringify(result.counterexample)?.slice(0, 400)}; fc seed ${seed + i}, path ${result.counterexamplePath})`);
      }
    }
  } finally {
    cleanScratch();
  }
  return {
    seed, cases, total: Object.values(cases).reduce((a, b) => a + b, 0), failures,
    slowestMs: Math.round(slowestMs), largestGrowthMb: Math.round(largestGrowthMb), seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
