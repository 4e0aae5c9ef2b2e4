// Every shipped scenario validates, names the JSON Schema, keeps the rescinded rule's tiers, and can be played
// to the end by every bot under both regimes without breaking an invariant.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOT_NAMES, BOTS, parseScenarioText, playGame, type GameState, type Scenario } from "../../src/core/index";
import { TIER1_DESTINATIONS } from "../../src/core/scenario/tiers";

const dir = join(import.meta.dirname, "../../scenarios");
// zz-*.json are local scratch files (not committed, not shipped): left out.
const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "scenario.schema.json" && !f.startsWith("zz-")).sort();
const load = (file: string): Scenario => {
  const checked = parseScenarioText(readFileSync(join(dir, file), "utf8"));
  if (!checked.ok) throw new Error(`${file}: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return checked.value;
};

function checkInvariants(state: GameState, label: string): void {
  for (const country of Object.values(state.countries)) {
    expect(country.shipped, `${label} ${country.id} shipped`).toBe(country.inUse + country.diverted);
    for (const key of ["shipped", "inUse", "diverted", "divertedDetected", "demand", "relations", "enforcement"] as const) {
      expect(country[key], `${label} ${country.id}.${key}`).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(country[key]), `${label} ${country.id}.${key} integer`).toBe(true);
    }
    expect(country.divertedDetected).toBeLessThanOrEqual(country.diverted);
  }
  for (const [track, value] of Object.entries(state.tracks)) {
    expect(value, `${label} ${track}`).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(value), `${label} ${track} integer`).toBe(true);
  }
  const diverted = Object.values(state.countries).reduce((sum, c) => sum + c.diverted, 0);
  expect(state.tracks.leakageTrue, `${label} leakage = sum of diversions`).toBe(diverted);
}

describe("shipped scenarios", () => {
  it("include the default and the tutorial", () => {
    expect(files).toContain("may-2025.json");
    expect(files).toContain("tutorial.json");
  });

  for (const file of files) {
    describe(file, () => {
      it("validates and names the JSON Schema", () => {
        const raw = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
        expect(raw.$schema).toBe("./scenario.schema.json");
        const s = load(file);
        expect(`${s.id}.json`).toBe(file);
      });

      it("every real event has a source, and most give their real date", () => {
        const s = load(file);
        const real = s.events.filter((e) => !e.hypothetical);
        for (const event of real) expect(event.source, event.id).toBeDefined();
        expect(real.filter((e) => e.date !== undefined).length).toBeGreaterThanOrEqual(real.length - 1);
      });

      for (const policy of ["bilateral", "tiered"] as const) {
        it(`every bot plays it to the end under the ${policy} regime`, () => {
          const s = load(file);
          for (const bot of BOT_NAMES) {
            for (const seed of ["a", "b"]) {
              const game = playGame(s, `${seed}-${bot}`, BOTS[bot]!, { policy });
              const label = `${bot}/${policy}/${seed}`;
              expect(game.state.status, label).toBe("over");
              expect(game.state.outcome, label).not.toBeNull();
              if (game.state.outcome?.result === "completed") expect(game.state.turn, label).toBe(s.turns);
              checkInvariants(game.state, label);
            }
          }
        });
      }
    });
  }
});

describe("may-2025, the default", () => {
  const s = load("may-2025.json");

  it("runs monthly from May 2025 to the end of 2026 with at least 25 countries and 20 events", () => {
    expect(s.startDate).toBe("2025-05");
    expect(s.turns).toBe(20);
    expect(s.countries.length).toBeGreaterThanOrEqual(25);
    expect(s.events.length).toBeGreaterThanOrEqual(20);
    expect(s.events.filter((e) => !e.hypothetical).length).toBeGreaterThanOrEqual(10);
    expect(s.sources.length).toBeGreaterThanOrEqual(10);
  });

  it("lists every country of BACKGROUND.md's table with the rule's tier", () => {
    const table: Record<string, number> = {
      CN: 3, RU: 3, IR: 3, KP: 3, BY: 3, TW: 1, JP: 1, KR: 1, NL: 1, GB: 1, DE: 1, FR: 1, CA: 1, AU: 1,
      BE: 1, DK: 1, FI: 1, IT: 1, NZ: 1, NO: 1, ES: 1, IE: 1, SE: 1,
      IL: 2, PL: 2, IN: 2, MX: 2, AE: 2, SA: 2, QA: 2, SG: 2, MY: 2, TH: 2,
    };
    for (const [id, tier] of Object.entries(table)) expect(s.countries.find((c) => c.id === id)?.formerTier, id).toBe(tier);
    for (const c of s.countries) {
      if (c.formerTier === 1) expect(TIER1_DESTINATIONS as readonly string[], c.id).toContain(c.id);
      if (c.adversary) expect(c.formerTier, c.id).toBe(3);
    }
  });

  it("lists all 18 Tier 1 destinations of the rule, and no other", () => {
    expect(s.countries.filter((c) => c.formerTier === 1).map((c) => c.id).sort()).toEqual([...TIER1_DESTINATIONS].sort());
  });

  it("caps Tier 2 as the rule did: a cumulative 2025-2027 allowance of 49,901 H100e, doubled with a G2G agreement; LPP 1,699 per customer a year", () => {
    expect([s.tiered.tier2Cap, s.tiered.g2gCap, s.tiered.lppPerCustomerYear]).toEqual([49_901, 99_802, 1_699]);
  });

  it("idle play gives leakage, revenue and pressure of the magnitude the sources report", () => {
    const leak: number[] = [];
    const revenue: number[] = [];
    const pressure: number[] = [];
    for (let seed = 0; seed < 8; seed++) {
      const { state } = playGame(s, `calibration-${seed}`, BOTS.idle!);
      expect(state.outcome?.result).toBe("completed");
      leak.push(state.tracks.leakageTrue);
      revenue.push(state.tracks.revenue);
      pressure.push(state.tracks.industryPressure);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // CNAS median: about 140,000 chips a year smuggled (range 10,000 to several hundred thousand); 20 months.
    const perYear = (mean(leak) * 12) / 20;
    expect(perYear).toBeGreaterThan(70_000);
    expect(perYear).toBeLessThan(280_000);
    // Tens of billions of dollars a year of US AI-chip exports outside the US and China (revenue is in $M).
    expect((mean(revenue) * 12) / 20).toBeGreaterThan(15_000);
    expect((mean(revenue) * 12) / 20).toBeLessThan(80_000);
    expect(mean(pressure)).toBeGreaterThan(35);
    expect(mean(pressure)).toBeLessThan(75);
  });
});
