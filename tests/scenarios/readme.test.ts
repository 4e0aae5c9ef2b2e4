// scenarios/README.md followed literally (issue 12): its worked example is a complete, valid and playable
// scenario, its commands run, and the numbers it works out by hand (leakage, score) are the game's own.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOT_NAMES, BOTS, calibrate, newGame, parseScenarioText, playGame, POLICIES, scoreOf, type Scenario } from "../../src/core/index";
import { run } from "../../src/cli/run";
import { schemaReferenceWarning } from "../../src/cli/commands/validate";

const ROOT = join(import.meta.dirname, "../..");
const README = readFileSync(join(ROOT, "scenarios/README.md"), "utf8");
const EXAMPLE = /<!-- worked-example:[^>]*-->\n```json\n([\s\S]*?)\n```/.exec(README)?.[1] ?? "";

function example(): Scenario {
  const checked = parseScenarioText(EXAMPLE);
  if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  expect(checked.warnings ?? []).toEqual([]);
  return checked.value;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => { out += t; }, err: (t) => { err += t; }, cwd: ROOT, stderrIsTTY: false });
  return { code, out, err };
}

describe("scenarios/README.md's worked example", () => {
  it("is a complete, valid scenario, saved under the name the README gives", () => {
    expect(EXAMPLE.length).toBeGreaterThan(1000);
    const s = example();
    expect(README).toContain(`Save the block below as \`scenarios/${s.id}.json\``);
    // Its "$schema" works where the README says to save it.
    expect(schemaReferenceWarning(join(ROOT, "scenarios", `${s.id}.json`), JSON.parse(EXAMPLE).$schema)).toBeNull();
    expect(s.countries.find((c) => c.adversary)?.priorities).toBeDefined();
  });

  it("is playable: every bot finishes it under both regimes, and strategy matters", () => {
    const s = example();
    for (const policy of POLICIES) {
      for (const name of BOT_NAMES) {
        const bot = BOTS[name];
        if (!bot) continue;
        const { state } = playGame(s, "readme-1", bot, { policy });
        expect(state.status, `${name} ${policy}`).toBe("over");
      }
    }
    const c = calibrate(s, { seeds: 2 });
    expect(c.warnings.map((w) => w.code)).not.toContain("strategy-flat");
    expect(c.warnings.map((w) => w.code)).not.toContain("idle-competitive");
  });

  it("its leakage worked by hand is the game's: Malaysia's exposure 737, baseline 9,100, rate 198 per mille, 1,801 a month", () => {
    const my = calibrate(example(), { seeds: 1, bots: ["idle"] }).countries.find((k) => k.id === "MY");
    expect([my?.exposure, my?.baselineShipments, my?.expectedRatePm, my?.expectedIdleLeak]).toEqual([737, 9100, 198, 1801]);
    for (const stated of ["**737**", "**9,100**", "**198 ‰**", "**1,801**"]) expect(README).toContain(stated);
  });

  it("its score worked by hand is the game's: 35, 46, 82, total 50, a D", () => {
    const state = newGame(example(), "readme-score");
    const start = state.history[0];
    if (!start) throw new Error("no starting tracks");
    start.usLead = 833;
    Object.assign(state.tracks, { usLead: 823, leakageTrue: 30000, revenue: 3000, potentialRevenue: 5000, investment: 250, alliedTrust: 80 });
    const japan = state.countries.JP;
    if (!japan) throw new Error("no Japan");
    japan.relations = 85;
    expect(scoreOf(state, false)).toEqual({ security: 35, economy: 46, alliances: 82, total: 50, grade: "D" });
    expect(README).toContain("total (35 × 400 + 46 × 350 + 82 × 250) / 1000 = 50: a D");
  });

  it("the README's commands run on it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "readme-"));
    const file = join(dir, "gulf-2026.json");
    writeFileSync(file, EXAMPLE);
    expect((await cli(["validate", file])).code).toBe(0);
    expect((await cli(["play", "--scenario", file, "--seed", "1", "--bot", "balanced"])).code).toBe(0);
    const calibrated = await cli(["calibrate", file, "--seeds", "1"]);
    expect(calibrated.code).toBe(0);
    expect(calibrated.out).toContain("MY");
  });
});
