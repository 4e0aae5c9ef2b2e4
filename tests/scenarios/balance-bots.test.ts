// The parts of the balance machinery that are not whole games: how the parametric bots use intelligence,
// and the balance judge itself, fed results that break each criterion (so the balance tests can fail).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BALANCED, countryUtility, informedOffer, intelTarget, judgeBalance, newGame, openingTerms, parametricBot, parseScenarioText, profileOf, step,
  type GameResult, type GameState,
} from "../../src/core/index";

const checked = parseScenarioText(readFileSync(join(import.meta.dirname, "../../scenarios/may-2025.json"), "utf8"));
if (!checked.ok) throw new Error("may-2025 does not validate");
const scenario = checked.value;

function apply(state: GameState, action: Parameters<typeof step>[1]) {
  const result = step(state, action);
  if (!result.ok) throw new Error(`${action.type}: ${result.message}`);
  return result;
}

describe("bots that buy intelligence", () => {
  it("keep their safeguards and offer what the country would accept, not its whole ask", () => {
    // Only the UAE is worth talks to this bot (minGain); it lists, cracks down and briefs never, and answers licences first.
    const bot = parametricBot("informed", "test", { ...BALANCED, intelFrom: 1, reserve: 0, minGain: 20_000, listAt: 1001, crackdownAbove: 101, briefAbove: 101 });
    let state = newGame(scenario, "intel-1");
    const id = "AE";
    const profile = profileOf(state, id);
    const opening = openingTerms(BALANCED, state.countries[id]!, profile);
    // Month 1: the opening offer, countered. Month 2: intelligence, then an informed offer.
    state = apply(state, { type: "offer", country: id, terms: opening }).state;
    state = apply(state, { type: "endTurn" }).state;
    state = apply(state, { type: "intelligence", country: id }).state;
    const intel = state.countries[id]!.intel!;
    let action = bot.decide(state);
    while (action.type === "licence" || action.type === "answerDilemma") {
      state = apply(state, action).state;
      action = bot.decide(state);
    }
    if (action.type !== "offer") throw new Error(`expected an offer, got ${action.type}`);
    expect(action.terms.conditions).toEqual(opening.conditions);
    expect(action.terms.enforcementCooperation).toBe(opening.enforcementCooperation);
    const utility = countryUtility(action.terms, state.countries[id]!, profile).total;
    expect(utility).toBeLessThan(intel.ask);

    // A bot that yields safeguards reaches the reciprocity target and the country accepts it.
    const target = intelTarget(intel, opening, state.countries[id]!, profile);
    expect(target).toBeLessThan(intel.ask);
    expect(target).toBeGreaterThanOrEqual(intel.reservation);
    const yielding = informedOffer(opening, target, state.countries[id]!, profile, true);
    expect(countryUtility(yielding, state.countries[id]!, profile).total).toBeGreaterThanOrEqual(target);
    const reply = apply(state, { type: "offer", country: id, terms: yielding }).events.find((e) => e.type === "reply");
    expect(reply).toMatchObject({ reply: "accept" });
  });
});

const result = (score: number, o: Partial<GameResult> = {}): GameResult => ({
  seed: "s", score, dismissed: false, leakage: 100, leakageDetected: 10, revenue: 100, investment: 10, capacity: 100, actions: 5, ...o,
});
const many = (n: number, f: (i: number) => GameResult) => Array.from({ length: n }, (_, i) => f(i));

describe("the balance judge fails what it should", () => {
  const good = {
    idle: many(20, (i) => result(40 + (i % 3))),
    random: many(20, (i) => result(30 + (i % 5))),
    hawk: many(20, (i) => result(75 + (i % 3), { leakage: 100, revenue: 100 })),
    balanced: many(20, (i) => result(70 + (i % 3), { leakage: 200, revenue: 110 })),
    dealmaker: many(20, (i) => result(50 + (i % 3), { leakage: 400, revenue: 130 })),
    restricted: many(20, (i) => result(60 + (i % 3))),
  };
  const tiered = many(20, () => result(48, { leakage: 250, revenue: 115 }));
  const judge = (bilateral: Record<string, GameResult[]>, t = tiered) =>
    Object.fromEntries(judgeBalance({ bilateral, tiered: t, designed: ["hawk", "dealmaker", "balanced"], restricted: ["restricted"] }).criteria.map((c) => [c.id, c.pass]));

  it("passes a balanced set of results", () => {
    expect(judge(good)).toEqual({ 1: true, 2: true, 3: true, 5: true, 6: true });
  });
  it("fails criterion 2 when idle beats one designed bot on 2 of 20 seeds", () => {
    const dealmaker = good.dealmaker.map((r, i) => (i < 2 ? { ...r, score: 39 } : r));
    expect(judge({ ...good, dealmaker })[2]).toBe(false);
  });
  it("fails criterion 3 when a restricted strategy beats the best designed bot on average", () => {
    expect(judge({ ...good, restricted: many(20, () => result(80)) })[3]).toBe(false);
  });
  it("fails criterion 5 when the tiered regime earns less than hawk, or dealmaker is dismissed too often", () => {
    expect(judge(good, tiered.map((r) => ({ ...r, revenue: 90 })))[5]).toBe(false);
    expect(judge({ ...good, dealmaker: good.dealmaker.map((r, i) => ({ ...r, dismissed: i < 3 })) })[5]).toBe(false);
  });
  it("fails criterion 6 when more investment arrives than the countries could pay, or more is detected than leaked", () => {
    expect(judge({ ...good, hawk: good.hawk.map((r, i) => (i === 0 ? { ...r, investment: 101 } : r)) })[6]).toBe(false);
    expect(judge({ ...good, hawk: good.hawk.map((r, i) => (i === 0 ? { ...r, leakageDetected: 101 } : r)) })[6]).toBe(false);
  });
  it("fails criterion 1 when the best designed bot is within 2 pooled SD of random play", () => {
    const random = good.hawk.map((r) => result(r.score - 1));
    expect(judge({ ...good, random })[1]).toBe(false);
  });
});
