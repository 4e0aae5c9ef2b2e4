// The shape of issue 9's measurements on a few seeds (the full figures come from `npm run cli -- decisions`):
// designed bots answer dilemmas and idle play leaves them to their defaults; reckless play can lose the lead
// and balanced play never does; approving every licence is clearly worse than judging each; the designed
// strategies end far apart on alliances; acting only in the first three months keeps less of the score.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOTS, measureDecisions, parseScenarioText, playGame } from "../../src/core/index";

const checked = parseScenarioText(readFileSync(join(import.meta.dirname, "../../scenarios/may-2025.json"), "utf8"));
if (!checked.ok) throw new Error("may-2025 does not validate");
const scenario = checked.value;
const designed = { hawk: BOTS.hawk!, dealmaker: BOTS.dealmaker!, balanced: BOTS.balanced! };
const report = measureDecisions(scenario, designed, 6);

describe("decisions all game (may-2025, 6 seeds)", () => {
  it("designed bots answer the dilemmas; idle play leaves every one to its default", () => {
    const idle = playGame(scenario, "decisions-1", BOTS.idle!, { hashes: false }).state;
    expect(idle.dilemmaAnswers.length).toBeGreaterThanOrEqual(6);
    expect(idle.dilemmaAnswers.every((a) => a.byDefault)).toBe(true);
    const balanced = playGame(scenario, "decisions-1", BOTS.balanced!, { hashes: false }).state;
    expect(balanced.dilemmaAnswers.some((a) => !a.byDefault)).toBe(true);
  });

  it("reckless play can lose the lead; balanced play never does", () => {
    expect(report.leadLost.reckless).toBeGreaterThan(0);
    expect(report.leadLost.balanced).toBe(0);
    expect(report.bots.balanced!.dismissed).toBe(0);
  });

  it("approving every licence scores well below judging each", () => {
    expect(report.licences.approveAll).toBeLessThan(report.licences.judged - 2);
  });

  it("the designed strategies end far apart on alliances", () => {
    expect(report.alliances.spanOfMeans).toBeGreaterThanOrEqual(20);
  });

  it("acting only in the first three months keeps at most 90 % of the best bot's score", () => {
    expect(report.firstThree.fraction).toBeLessThanOrEqual(0.9);
  });
});
