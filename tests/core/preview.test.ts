// What a move would do, before it is made: the core's previews agree with what the move then does, and an
// offer's preview never depends on the counterpart's hidden values.
import { describe, expect, it } from "vitest";
import { estimatedLeakage, previewAction, previewOffer, scoreOf, visibleScore, type GameState } from "../../src/core/index";
import { freshGame, play, terms } from "./helpers";

const safeguards = { kyc: true, noAdversaryHardware: false, usManagedDatacenters: true, locationVerification: true, onSiteAudits: true };

function withDeal(state: GameState, id: string): GameState {
  const country = state.countries[id]!;
  const offered = play(state, { type: "offer", country: id, terms: terms({ chips: country.demand }) });
  return offered.countries[id]!.deal ? offered : play(offered, { type: "acceptCounter", country: id });
}

describe("previewAction", () => {
  it("lists exactly the ledger lines the action then writes, and the risk it leaves", () => {
    const state = withDeal(freshGame(), "AE");
    const preview = previewAction(state, { type: "suspendDeal", country: "AE" });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const after = play(state, { type: "suspendDeal", country: "AE" });
    expect(preview.changes).toEqual(after.ledger[state.turn]!.slice(state.ledger[state.turn]!.length));
    expect(preview.changes.some((e) => e.track === "relations" && e.delta < 0)).toBe(true);
    // Shipments fall back to the baseline, which still flows.
    expect(preview.shippedAfter).toBeLessThan(preview.shippedBefore!);
    expect(preview.shippedAfter).toBeGreaterThanOrEqual(0);
  });

  it("passes the core's rejection on", () => {
    const preview = previewAction(freshGame(), { type: "suspendDeal", country: "AE" });
    expect(preview).toMatchObject({ ok: false, code: "deal/none" });
  });

  it("never changes the state it previews", () => {
    const state = withDeal(freshGame(), "AE");
    const before = JSON.stringify({ ...state, scenario: null });
    previewAction(state, { type: "entityList", country: "AE" });
    expect(JSON.stringify({ ...state, scenario: null })).toBe(before);
  });
});

describe("previewOffer", () => {
  it("safeguards lower the expected leakage; more chips raise revenue", () => {
    const state = freshGame();
    const demand = state.countries.AE!.demand;
    const bare = previewOffer(state, "AE", terms({ chips: demand }))!;
    const guarded = previewOffer(state, "AE", terms({ chips: demand, conditions: safeguards }))!;
    expect(guarded.deal.riskPm).toBeLessThan(bare.deal.riskPm);
    expect(bare.deal.shipped).toBeGreaterThanOrEqual(bare.now.shipped);
    expect(bare.deal.revenuePerMonth).toBeGreaterThanOrEqual(bare.now.revenuePerMonth);
    expect(guarded.score.security).toBeGreaterThanOrEqual(bare.score.security);
  });

  it("an investment pledge shows in the economy part", () => {
    const state = freshGame();
    const demand = state.countries.AE!.demand;
    const none = previewOffer(state, "AE", terms({ chips: demand }))!;
    const pledged = previewOffer(state, "AE", terms({ chips: demand, investment: 200 }))!;
    expect(pledged.score.economy).toBeGreaterThan(none.score.economy);
  });

  it("does not depend on the counterpart's hidden values", () => {
    const state = freshGame();
    const other = structuredClone({ ...state, scenario: null }) as unknown as GameState;
    other.scenario = state.scenario;
    other.countries.AE!.hidden = { ...other.countries.AE!.hidden, reservation: 0 };
    const offer = terms({ chips: 100, investment: 10 });
    expect(previewOffer(other, "AE", offer)).toEqual(previewOffer(state, "AE", offer));
  });
});

describe("visibleScore", () => {
  it("replaces true leakage by its estimate, never below what was detected", () => {
    let state = freshGame();
    for (let i = 0; i < 3; i++) state = play(state, { type: "endTurn" });
    expect(estimatedLeakage(state)).toBeGreaterThanOrEqual(state.tracks.leakageDetected);
    const hidden = { ...state, tracks: { ...state.tracks, leakageTrue: state.tracks.leakageTrue * 10 + 1_000_000 } };
    expect(visibleScore(hidden)).toEqual(visibleScore(state));
    expect(scoreOf(hidden, false).security).toBeLessThanOrEqual(scoreOf(state, false).security);
  });
});
