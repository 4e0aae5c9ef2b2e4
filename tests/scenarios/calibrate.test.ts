// `calibrate` (issue 12): plays a scenario with every bot over seeds and reports what an author tunes. On a
// scenario with known flaws it reports each of them; on the shipped scenarios its warnings match the games.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOT_NAMES, calibrate, parseScenarioText, type Calibration, type Scenario } from "../../src/core/index";
import { run } from "../../src/cli/run";

const ROOT = join(import.meta.dirname, "../..");
const FLAWED = join(import.meta.dirname, "calibrate/flawed.json");
function load(path: string): Scenario {
  const checked = parseScenarioText(readFileSync(path, "utf8"));
  if (!checked.ok) throw new Error(`${path}: ${checked.problems.map((p) => p.message).join("; ")}`);
  return checked.value;
}
const codes = (c: Calibration): string[] => c.warnings.map((w) => (w.subject ? `${w.code}:${w.subject}` : w.code));

/** Every warning stands on the numbers reported, and every number that calls for a warning has one. */
function expectWarningsMatch(c: Calibration): void {
  for (const e of c.events) expect(codes(c).includes(`event-never-fires:${e.id}`), e.id).toBe(e.firedGames === 0);
  for (const b of c.bots) expect(codes(c).includes(`bot-dismissed:${b.bot}`), b.bot).toBe(b.results.dismissed * 2 > b.games);
  for (const k of c.countries) expect(codes(c).includes(`country-no-deals:${k.id}`), k.id).toBe(!k.adversary && k.dealGamesPm === 0);
}

describe("calibrate", () => {
  it("reports every known flaw of the flawed test scenario", () => {
    const c = calibrate(load(FLAWED), { seeds: 2 });
    expect(c.bots.map((b) => b.bot)).toEqual(BOT_NAMES);
    expect(codes(c)).toEqual(expect.arrayContaining([
      "security-floor", "event-never-fires:never-fires", "country-no-deals:SA", "bot-dismissed:balanced", "strategy-flat", "idle-competitive",
    ]));
    expect(c.warnings.find((w) => w.code === "security-floor")?.message).toContain("leakageReference (500 H100e)");
    expectWarningsMatch(c);
  });

  it("gives each country's expected leakage rate from the leakage rules (MY: exposure 756, 195 per mille)", () => {
    const c = calibrate(load(FLAWED), { seeds: 1, bots: ["idle"] });
    const my = c.countries.find((k) => k.id === "MY");
    // MY: ties 600, hub 850 -> exposure (3*600 + 5*850)/8 = 756; see scenarios/README.md for the steps.
    expect(my?.exposure).toBe(756);
    expect(my?.baselineShipments).toBe(10000);
    expect(my?.expectedIdleLeak).toBe(Math.floor((10000 * (my?.expectedRatePm ?? 0)) / 1000));
    expect(my?.idleLeakPerMonth).toBeGreaterThan(0);
  });

  it("on may-2025 and the tutorial: every country, event and bot measured, warnings matching the games", () => {
    for (const file of ["may-2025.json", "tutorial.json"]) {
      const s = load(join(ROOT, "scenarios", file));
      const c = calibrate(s, { seeds: 2 });
      expect(c.countries.map((k) => k.id)).toEqual(s.countries.map((k) => k.id));
      expect(c.events.map((e) => e.id)).toEqual(s.events.map((e) => e.id));
      for (const b of c.bots) expect(b.games).toBe(2);
      expectWarningsMatch(c);
      // The designed bots must matter on a shipped scenario.
      expect(codes(c), file).not.toContain("strategy-flat");
      expect(codes(c), file).not.toContain("security-floor");
    }
  });

  it("the command prints the report; the same inputs give the same output", async () => {
    const once = async (): Promise<{ code: number; out: string }> => {
      let out = "";
      const code = await run(["calibrate", FLAWED, "--seeds", "1"], { out: (t) => { out += t; }, err: () => undefined, cwd: ROOT, stderrIsTTY: false });
      return { code, out };
    };
    const first = await once();
    expect(first.code).toBe(0);
    for (const section of ["Bots:", "Countries:", "Events:", "warning(s):", "security is pinned at its floor", "never-fires"]) expect(first.out).toContain(section);
    expect((await once()).out).toBe(first.out);
  });
});
