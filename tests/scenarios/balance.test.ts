// A game worth playing: on the default scenario a thoughtful strategy clearly beats random legal play and
// doing nothing, doing nothing never wins, and the strategies trade security against the economy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOTS, parseScenarioText, playGame, type ScoreBreakdown } from "../../src/core/index";

const checked = parseScenarioText(readFileSync(join(import.meta.dirname, "../../scenarios/may-2025.json"), "utf8"));
if (!checked.ok) throw new Error("may-2025 does not validate");
const scenario = checked.value;
const SEEDS = 16;

function means(bot: string): ScoreBreakdown & { dismissed: number } {
  const sum = { security: 0, economy: 0, alliances: 0, total: 0, dismissed: 0 };
  for (let s = 0; s < SEEDS; s++) {
    const outcome = playGame(scenario, `balance-${s}`, BOTS[bot]!, { hashes: false }).state.outcome!;
    for (const k of ["security", "economy", "alliances", "total"] as const) sum[k] += outcome.score[k] / SEEDS;
    if (outcome.result !== "completed") sum.dismissed += 1;
  }
  return { ...sum, grade: "F" };
}

describe("balance of may-2025 (bilateral)", () => {
  const results = Object.fromEntries(["idle", "random", "hawk", "dealmaker", "balanced"].map((bot) => [bot, means(bot)]));

  it("a thoughtful strategy clearly beats random play and doing nothing", () => {
    expect(results.balanced!.total).toBeGreaterThan(results.random!.total + 10);
    expect(results.balanced!.total).toBeGreaterThan(results.idle!.total + 10);
    expect(results.balanced!.dismissed).toBe(0);
  });

  it("doing nothing never wins", () => {
    for (const bot of ["hawk", "balanced"]) expect(results[bot]!.total, bot).toBeGreaterThan(results.idle!.total);
  });

  it("strategies trade security against the economy", () => {
    expect(results.hawk!.security).toBeGreaterThan(results.dealmaker!.security + 15);
    expect(results.dealmaker!.economy).toBeGreaterThan(results.hawk!.economy + 15);
  });
});
