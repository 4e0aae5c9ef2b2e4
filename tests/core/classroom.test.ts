// The classroom's analyses in the core: the review's evaluations add up, the counterfactual keeps what the
// other regime allows, questions come from what happened, and the Nash point is a deal both sides prefer.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BOTS, branchReplay, buildReport, buildReplay, newGame, playGame, SharedMonths, step, validateScenario, verifyReplay, type Replay, type Scenario } from "../../src/core/index";
import { dealPoint, discussionQuestions, finishReview, reviewGame, reviewMonths, transposeActions, utilitySpaceOf } from "../../src/core/classroom";
import { CLASSROOM_MESSAGES, ct } from "../../src/ui/classroom/strings";
import { formatMessage, placeholderNames } from "../../src/i18n/format";

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

  it("split between workers (months interleaved), the shares join into the same review", () => {
    const scenario = tutorial();
    const played = playGame(scenario, "review-3", BOTS.random!);
    const input = { scenario, seed: "review-3", policy: "bilateral" as const, actions: played.actions };
    const whole = reviewGame(input);
    const turns = played.turnHashes.length;
    const shares = [0, 1].map((w) => reviewMonths({ ...input, turns: Array.from({ length: turns }, (_, i) => i).filter((i) => i % 2 === w) }));
    expect(shares.map((s) => (s.ok ? s.months.length : -1))).toEqual([Math.ceil(turns / 2), Math.floor(turns / 2)]);
    const joined = finishReview(shares.flatMap((s) => (s.ok ? s.months : [])), played.state);
    expect(whole.ok && joined).toEqual(whole.ok && whole.review);
  });

  it("refuses an action list the rules refuse, with a code", () => {
    const result = reviewGame({ scenario: tutorial(), seed: "x", policy: "bilateral", actions: [{ type: "walkAway", country: "ZZ" }] });
    expect(result.ok ? "" : result.code).toBe("review/illegal-action");
  });
});

describe("a class verified as one batch", () => {
  it("reuses the months games share and reaches the same verdict as each file alone, forged files included", () => {
    const scenario = tutorial();
    const build = (bot: string, player: string): Replay => {
      const built = buildReplay({ scenario, seed: "batch-1", actions: playGame(scenario, "batch-1", BOTS[bot]!).actions, gameVersion: "test", player });
      if (!built.ok) throw new Error(built.message);
      return built.replay;
    };
    const parent = build("balanced", "human:A");
    const branch = (turn: number, bot: string): Replay => {
      const built = branchReplay({ parent, scenario, turn, bot: BOTS[bot]!, gameVersion: "test" });
      if (!built.ok) throw new Error(built.message);
      return built.replay;
    };
    // A turn record edited in a month the parent's game shares: the batch must still catch it.
    const forged = structuredClone(branch(3, "hawk"));
    forged.turns[1]!.tracks.revenue += 1;
    const rehashed = structuredClone(branch(2, "random"));
    rehashed.turns[0]!.hash = "0123456789abcdef";
    const misstated = structuredClone(parent);
    misstated.final.tracks.revenue += 5;
    const replays = [parent, branch(2, "hawk"), branch(4, "dealmaker"), build("hawk", "human:B"), forged, rehashed, misstated, structuredClone(parent)];
    const shared = new SharedMonths();
    const batch = replays.map((r) => verifyReplay(r, scenario, shared));
    expect(batch).toEqual(replays.map((r) => verifyReplay(r, scenario)));
    expect(batch.map((v) => v.kind)).toEqual(["verified", "verified", "verified", "verified", "diverged", "diverged", "misstated", "verified"]);
    expect(shared.reused).toBeGreaterThan(parent.turns.length);
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
    const placeholders = (text: string) => placeholderNames(text).join(",");
    const { en, fr } = CLASSROOM_MESSAGES;
    const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter((key) => placeholders(fr[key]) !== placeholders(en[key]));
    expect(mismatched).toEqual([]);
  });

  it("counts are plural messages, never “(s)”", () => {
    const { en, fr } = CLASSROOM_MESSAGES;
    expect([...Object.values(en), ...Object.values(fr)].filter((text) => /\(s\)/.test(text))).toEqual([]);
    expect(ct("class.failed", { count: 1 })).toBe("Left out: 1 replay that does not verify");
    expect(ct("class.loaded", { count: 30, ms: 1234 })).toBe("30 replays verified and compared in 1,234 ms.");
    expect(ct("viewer.branchOf", { turns: 1, parent: "abc" })).toBe("A what-if branch: its first month is that of game abc.");
    const french = { locale: "fr", number: (n: number) => new Intl.NumberFormat("fr").format(n) };
    expect(formatMessage(fr["class.failed"], { count: 1 }, french)).toBe("Écartée : 1 rediffusion qui ne se vérifie pas");
    expect(formatMessage(fr["summary.licences"], { approved: 2, denied: 0 }, french)).toBe("licences : 2 accordées, 0 refusée");
  });
});
