// The tiered counterfactual's Validated End User paths (issue 8's calibration of the tiered regime): a
// National VEU allowance spent after the country cap, a Universal VEU share of demand outside the cap, and
// both closed to diversion.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { newGame, profileOf, regularShipments, securedShipments, validateScenario, type GameState, type Scenario } from "../../src/core/index";
import { loadFixture, play } from "./helpers";

function withVeu(tiered: Partial<Scenario["tiered"]>): Scenario {
  const scenario = loadFixture();
  scenario.tiered = { tier2Cap: 49_901, g2gCap: 99_802, g2gCountries: [], lppPerCustomerYear: 0, lppCustomers: 0, nveuCap: 0, nveuCountries: [], uveuSharePm: 0, ...tiered };
  return scenario;
}

const shipped = (s: GameState, id: string) => regularShipments(s, s.countries[id]!, profileOf(s, id));
const secured = (s: GameState, id: string) => securedShipments(s, s.countries[id]!, profileOf(s, id), shipped(s, id));

describe("the tiered rule's Validated End Users", () => {
  it("a National VEU allowance is spent after the country cap; a Universal VEU share of demand ships outside it; both are secured", () => {
    let state = newGame(withVeu({ nveuCap: 20_000, nveuCountries: ["AE"], uveuSharePm: 250 }), "veu", { policy: "tiered" });
    const rows: [number, number, number][] = [];
    for (let month = 0; month < 4; month++) {
      rows.push([shipped(state, "AE"), secured(state, "AE"), state.countries.AE!.capUsed]);
      state = play(state, { type: "endTurn" });
    }
    // AE wants 40,000 a month: 10,000 of it Universal VEU each month, the rest from its cap (49,901) and then
    // from its National VEU allowance (20,000): 30,000 + 30,000 + 9,901 counted, then the UVEU share alone.
    expect(rows).toEqual([
      [40_000, 10_000, 0],
      [40_000, 10_000 + 10_099, 30_000],
      [19_901, 19_901, 60_000],
      [10_000, 10_000, 69_901],
    ]);
    // SA hosts no National VEU: its cap, then the UVEU share (7,500 of 30,000), nothing of it from an NVEU.
    expect(state.countries.SA!.capUsed).toBe(49_901);
  });

  it("chips for VEU data centres do not leak; without VEUs the same hub leaks; the bilateral game is unchanged", () => {
    const run = (scenario: Scenario, policy: "tiered" | "bilateral") => {
      let state = newGame(scenario, "veu-leak", { policy });
      for (let month = 0; month < 6; month++) state = play(state, { type: "endTurn" });
      return state;
    };
    const open = run(withVeu({}), "tiered");
    const closed = run(withVeu({ uveuSharePm: 1000 }), "tiered");
    expect(open.countries.MY!.diverted).toBeGreaterThan(0);
    expect(closed.countries.MY!.shipped).toBeGreaterThan(open.countries.MY!.shipped);
    for (const id of ["AE", "SA", "MY"]) expect(closed.countries[id]!.diverted, id).toBe(0);
    const bilateral = newGame(withVeu({ uveuSharePm: 1000, nveuCap: 20_000, nveuCountries: ["AE"] }), "veu-leak");
    expect(secured(bilateral, "AE")).toBe(0);
    expect(run(withVeu({ uveuSharePm: 1000 }), "bilateral").tracks).toEqual(run(withVeu({}), "bilateral").tracks);
  });

  it("names a National VEU host that is unknown, not Tier 2 or listed twice, and an allowance of 0", () => {
    const path = fileURLToPath(new URL("../fixtures/small.json", import.meta.url));
    const data = JSON.parse(readFileSync(path, "utf8")) as { tiered: Record<string, unknown> };
    data.tiered = { ...data.tiered, nveuCountries: ["AE", "JP", "ZZ", "AE"] };
    const checked = validateScenario(data);
    expect(checked.ok).toBe(false);
    const problems = checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContain("tiered.nveuCountries[1]: \"JP\" was not Tier 2: National VEU allowances were for data centres in Tier 2 countries");
    expect(problems).toContain("tiered.nveuCountries[2]: unknown country \"ZZ\"");
    expect(problems).toContain("tiered.nveuCountries[3]: \"AE\" is listed twice");
    expect(problems.some((p) => p.startsWith("tiered.nveuCap:"))).toBe(true);
  });
});
