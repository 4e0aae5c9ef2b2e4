import { describe, expect, it } from "vitest";
import {
  diversionRatePm, newGame, profileOf, regularShipments, stateHash, step,
  type GameState, type RiskFactors,
} from "../../src/core/index";
import { freshGame, loadFixture, play, terms } from "./helpers";

describe("leakage", () => {
  const base: RiskFactors = { exposure: 700, enforcement: 300, conditions: [], entityListed: false, usEnforcement: 30, volume: 20_000, compliance: 1000 };

  it("more enforcement lowers expected leakage", () => {
    expect(diversionRatePm(300, { ...base, enforcement: 800 })).toBeLessThan(diversionRatePm(300, base));
    expect(diversionRatePm(300, { ...base, usEnforcement: 80 })).toBeLessThan(diversionRatePm(300, base));
  });

  it("security conditions and entity listings lower it, exposure and volume raise it", () => {
    const plain = diversionRatePm(300, base);
    expect(diversionRatePm(300, { ...base, conditions: ["locationVerification"] })).toBeLessThan(plain);
    expect(diversionRatePm(300, { ...base, entityListed: true })).toBeLessThan(plain);
    expect(diversionRatePm(300, { ...base, exposure: 900 })).toBeGreaterThan(plain);
    expect(diversionRatePm(300, { ...base, volume: 200_000 })).toBeGreaterThan(plain);
  });

  it("hand-computed rate", () => {
    // 300*700/1000 = 210; ×(1000-180)/1000 = 172; ×(1000-120)/1000 = 151; ×1250/1000 = 188.
    expect(diversionRatePm(300, base)).toBe(188);
  });

  it("chips shipped are either in use or diverted, and diversion feeds adversary compute", () => {
    let state = freshGame("leaky");
    for (let t = 0; t < 8 && state.status === "playing"; t++) state = play(state, { type: "endTurn" });
    let diverted = 0;
    for (const c of Object.values(state.countries)) {
      expect(c.shipped).toBe(c.inUse + c.diverted);
      diverted += c.diverted;
    }
    expect(state.tracks.leakageTrue).toBe(diverted);
    expect(state.tracks.leakageDetected).toBeLessThanOrEqual(diverted);
    expect(diverted).toBeGreaterThan(0);
  });
});

describe("demand growth", () => {
  it("grows each country's demand by its per-mille a month, recorded in the ledger", () => {
    const scenario = loadFixture();
    const grown = { ...scenario, countries: scenario.countries.map((c) => (c.id === "AE" ? { ...c, demandGrowth: 50 } : c)) };
    const after = play(newGame(grown, "g"), { type: "endTurn" }, { type: "endTurn" });
    // 40,000 → 42,000 → 44,100.
    expect(after.countries.AE!.demand).toBe(44_100);
    expect(after.countries.SA!.demand).toBe(30_000);
    expect(after.ledger[0]!.find((e) => e.cause === "demand-growth")?.delta).toBe(2_000);
  });
});

describe("regimes", () => {
  it("tiered: no bargaining, Tier 1 unrestricted, Tier 2 capped, Tier 3 denied", () => {
    const state = newGame(loadFixture(), "t", { policy: "tiered" });
    const offer = step(state, { type: "offer", country: "AE", terms: terms({ chips: 1 }) });
    expect(offer.ok ? "ok" : offer.code).toBe("offer/tiered-regime");
    expect(regularShipments(state, state.countries.JP!, profileOf(state, "JP"))).toBe(20_000);
    expect(regularShipments(state, state.countries.AE!, profileOf(state, "AE"))).toBe(40_000);
    expect(regularShipments(state, state.countries.CN!, profileOf(state, "CN"))).toBe(0);
  });

  it("tiered: the Tier 2 cap is a cumulative allowance, doubled with a G2G agreement; LPP comes on top", () => {
    const scenario = loadFixture();
    scenario.tiered = { tier2Cap: 49_901, g2gCap: 99_802, g2gCountries: ["SA"], lppPerCustomerYear: 1_200, lppCustomers: 2 };
    let state = newGame(scenario, "t", { policy: "tiered" });
    const shippedTo = (s: typeof state, id: string) => regularShipments(s, s.countries[id]!, profileOf(s, id));
    // AE wants 40,000 a month: all of it (200 of it LPP), then the 10,101 left of its allowance plus 200 LPP, then LPP alone.
    const ae: number[] = [];
    const sa: number[] = [];
    for (let month = 0; month < 4; month++) {
      ae.push(shippedTo(state, "AE"));
      sa.push(shippedTo(state, "SA"));
      state = play(state, { type: "endTurn" });
    }
    expect(ae).toEqual([40_000, 10_301, 200, 200]);
    expect(state.countries.AE!.capUsed).toBe(49_901);
    // SA (G2G, 30,000 a month): 99,802 counted over four months, plus 200 a month of LPP on top.
    expect(sa).toEqual([30_000, 30_000, 30_000, 10_602]);
    expect(state.countries.SA!.capUsed).toBe(99_802);
  });

  it("bilateral: baseline licences until a deal, then the deal's allocation", () => {
    const state = freshGame();
    expect(regularShipments(state, state.countries.AE!, profileOf(state, "AE"))).toBe(4000);
    // The whole demand with no asks is worth 1000 to the UAE: accepted at once.
    const signed = play(state, { type: "offer", country: "AE", terms: terms({ chips: 40_000 }) });
    expect(regularShipments(signed, signed.countries.AE!, profileOf(signed, "AE"))).toBe(40_000);
  });
});

describe("actions", () => {
  it("invalid actions are rejected with a code and change nothing", () => {
    const state = freshGame();
    const before = stateHash(state);
    const snapshot = JSON.stringify({ ...state, scenario: null });
    const bad = [
      { type: "offer", country: "ZZ", terms: terms() },
      { type: "offer", country: "CN", terms: terms({ chips: 10 }) },
      { type: "offer", country: "AE", terms: { ...terms(), chips: -5 } },
      { type: "offer", country: "AE", terms: { ...terms(), chips: 1.5 } },
      { type: "acceptCounter", country: "AE" },
      { type: "suspendDeal", country: "AE" },
      { type: "licence", id: "nope", decision: "approve" },
      { type: "crackdown", country: "CN" },
      { type: "teleport" },
    ];
    for (const action of bad) {
      const result = step(state, action as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.code).toMatch(/^[a-z]+\/[a-z-]+$/);
    }
    expect(stateHash(state)).toBe(before);
    expect(JSON.stringify({ ...state, scenario: null })).toBe(snapshot);
  });

  it("briefing Congress lowers hawkishness once a month at a cost in capital", () => {
    const state = freshGame();
    const briefed = play(state, { type: "briefCongress" });
    expect(briefed.tracks.hawkishness).toBe(state.tracks.hawkishness - 8);
    expect(briefed.tracks.politicalCapital).toBe(state.tracks.politicalCapital - 3);
    const again = step(briefed, { type: "briefCongress" });
    expect(again.ok ? "ok" : again.code).toBe("brief/already-briefed");
  });

  it("an approved licence ships and earns revenue at the end of the month", () => {
    const state = freshGame("licences-3");
    const licence = state.licences[0];
    expect(licence).toBeDefined();
    if (!licence) return;
    const approved = play(state, { type: "licence", id: licence.id, decision: "approve" }, { type: "endTurn" });
    const denied = play(state, { type: "licence", id: licence.id, decision: "deny" }, { type: "endTurn" });
    expect(approved.tracks.revenue - denied.tracks.revenue).toBe(Math.floor((licence.chips * 25) / 1000));
  });

  it("a crackdown raises a hub's effective enforcement for three months", () => {
    const state = play(freshGame(), { type: "crackdown", country: "MY" });
    expect(state.countries.MY!.crackdownUntil).toBe(3);
    const again = step(state, { type: "crackdown", country: "MY" });
    expect(again.ok ? "ok" : again.code).toBe("crackdown/active");
  });
});

describe("events and the end of the game", () => {
  it("a certain event fires once its conditions hold, with its effects in the ledger", () => {
    let state = freshGame();
    while (state.status === "playing") state = play(state, { type: "endTurn" });
    expect(state.firedEvents).toContain("model-release");
    const entries = state.ledger.flat().filter((e) => e.params?.event === "model-release");
    expect(entries.some((e) => e.cause === "news")).toBe(true);
    expect(entries.some((e) => e.track === "hawkishness" && e.cause === "event")).toBe(true);
  });

  it("the game ends after the scenario's turns with a score in range", () => {
    let state = freshGame();
    while (state.status === "playing") state = play(state, { type: "endTurn" });
    expect(state.turn).toBe(8);
    expect(state.outcome?.result).toBe("completed");
    for (const part of ["security", "economy", "alliances", "total"] as const) {
      expect(state.outcome!.score[part]).toBeGreaterThanOrEqual(0);
      expect(state.outcome!.score[part]).toBeLessThanOrEqual(100);
    }
    const after = step(state, { type: "endTurn" });
    expect(after.ok ? "ok" : after.code).toBe("game/over");
  });

  it("running out of political capital ends the game: dismissed", () => {
    const state = freshGame();
    const drained = JSON.parse(JSON.stringify({ ...state, scenario: null })) as GameState;
    drained.scenario = state.scenario;
    drained.tracks.politicalCapital = 0;
    drained.scenario = { ...state.scenario, globals: { ...state.scenario.globals, politicalCapitalRegen: 0 } };
    const ended = play(drained, { type: "endTurn" });
    expect(ended.status).toBe("over");
    expect(ended.outcome?.result).toBe("dismissed");
    expect(ended.outcome?.score.grade).toBe("F");
  });
});
