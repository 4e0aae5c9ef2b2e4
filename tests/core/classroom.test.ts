// The classroom's analyses in the core: the review's evaluations add up, the counterfactual keeps what the
// other regime allows, questions come from what happened, and the Nash point is a deal both sides prefer.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BOTS, buildReport, buildReplay, newGame, playGame, step, validateScenario, type Scenario } from "../../src/core/index";
import { dealPoint, discussionQuestions, reviewGame, transposeActions, utilitySpaceOf } from "../../src/core/classroom";
import { CLASSROOM_MESSAGES } from "../../src/ui/classroom/strings";

function tutorial(): Scenario {
  const checked = validateScenario(JSON.parse(readFileSync(fileURLToPath(new URL("../../scenarios/tutorial.json", import.meta.url)), "utf8")));
  if (!checked.ok) throw new Error("tutorial.json is invalid");
  return checked.value;
}

describe("game review", () => {
  it("evaluates every month with the best designed bot, and the swings add up to the player's final score", () => {
    const scenario = tutorial();
    const played = playGame(scenario, "review-1", BOTS.random!);
    let progress = 0;
    const result = reviewGame({ scenario, seed: "review-1", policy: "bilateral", actions: played.actions, onProgress: (done) => { progress = done; } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { review } = result;
    expect(review.months).toHaveLength(played.turnHashes.length);
    expect(progress).toBe(review.months.length);
    expect(review.playerScore).toBe(played.state.outcome?.score.total);
    const first = review.months[0]!;
    expect(first.bestScore + review.months.reduce((sum, m) => sum + m.swing, 0)).toBe(review.playerScore);
    for (const m of review.months) expect(m.bestScore).toBe(Math.max(...Object.values(m.scores)));
    expect(review.keyMoments.length).toBeLessThanOrEqual(3);
    const biggest = Math.max(...review.months.map((m) => Math.abs(m.swing)));
    if (biggest > 0) expect(review.keyMoments.some((k) => Math.abs(k.swing) === biggest)).toBe(true);
  });

  it("a game played by the best bot itself loses nothing against it", () => {
    const scenario = tutorial();
    const played = playGame(scenario, "review-2", BOTS.balanced!);
    const result = reviewGame({ scenario, seed: "review-2", policy: "bilateral", actions: played.actions, bots: ["balanced"] });
    expect(result.ok && result.review.months.every((m) => m.swing === 0)).toBe(true);
  });

  it("refuses an action list the rules refuse, with a code", () => {
    const result = reviewGame({ scenario: tutorial(), seed: "x", policy: "bilateral", actions: [{ type: "walkAway", country: "ZZ" }] });
    expect(result.ok ? "" : result.code).toBe("review/illegal-action");
  });
});

describe("the other regime's counterfactual", () => {
  it("keeps the player's actions the tiered rule allows and drops offers, then plays to the end", () => {
    const scenario = tutorial();
    const played = playGame(scenario, "cf-1", BOTS.balanced!);
    const transposed = transposeActions(scenario, "cf-1", "tiered", played.actions);
    expect(transposed.skipped.length).toBeGreaterThan(0);
    expect(transposed.skipped.every((s) => played.actions[s.index]?.type !== "endTurn")).toBe(true);
    let state = newGame(scenario, "cf-1", { policy: "tiered" });
    for (const action of transposed.actions) {
      const result = step(state, action);
      expect(result.ok).toBe(true);
      if (result.ok) state = result.state;
    }
    expect(state.status).toBe("over");
  });
});

describe("discussion questions and the utility space", () => {
  it("asks about what happened in the game", () => {
    const scenario = tutorial();
    const played = playGame(scenario, "q-1", BOTS.dealmaker!);
    const built = buildReplay({ scenario, seed: "q-1", actions: played.actions, gameVersion: "test", player: "human" });
    if (!built.ok) throw new Error(built.message);
    const report = buildReport(built.replay, scenario);
    if (!report.ok) throw new Error(report.message);
    const questions = discussionQuestions(report.report);
    expect(questions.length).toBeGreaterThan(1);
    expect(questions.length).toBeLessThanOrEqual(5);
    const countries = new Set(scenario.countries.map((c) => c.id));
    for (const q of questions) if ("country" in q) expect(countries.has(q.country)).toBe(true);
    if (report.report.deals.some((d) => d.marginOverReservation > 0)) expect(questions[0]?.code).toBe("generous-deal");
  });

  it("places the Nash point above the reservation line and on the frontier; a deal is a point in the same space", () => {
    const scenario = tutorial();
    const state = newGame(scenario, "space-1");
    const id = scenario.countries.find((c) => !c.adversary)!.id;
    const space = utilitySpaceOf(state, id);
    expect(space).not.toBeNull();
    if (!space) return;
    expect(space.nash.country).toBeGreaterThanOrEqual(space.reservation);
    expect(space.frontier.some((p) => p.us >= space.nash.us && p.country >= space.nash.country)).toBe(true);
    const point = dealPoint(state, id, space.nash.terms);
    expect(point).toEqual({ us: space.nash.us, country: space.nash.country });
    expect(utilitySpaceOf(state, scenario.countries.find((c) => c.adversary)?.id ?? "none")).toBeNull();
  });
});

describe("the classroom's words", () => {
  it("French has every English message with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(",");
    const { en, fr } = CLASSROOM_MESSAGES;
    const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter((key) => placeholders(fr[key]) !== placeholders(en[key]));
    expect(mismatched).toEqual([]);
  });
});
