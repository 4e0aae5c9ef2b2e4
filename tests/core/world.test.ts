// The living world: dilemmas (open, answer, default at the deadline, bad answers refused), standing
// licences, the rival's grievance and retaliation, Huawei courting countries left waiting; and the facts
// of may-2025 that issue 9 is judged on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText, step, newGame, type GameState, type Scenario } from "../../src/core/index";
import { TIER1_DESTINATIONS } from "../../src/core/scenario/tiers";
import { loadFixture, play } from "./helpers";

function withDilemma(deadline = 2): Scenario {
  const s = loadFixture();
  s.events = [{
    id: "ask", title: "A question", text: "Hypothetical.", from: "2025-05", to: "2025-05", probability: 1000, hypothetical: true, conditions: [], effects: [],
    choice: {
      question: "Which?", deadline, default: "no",
      options: [
        { id: "yes", label: "Yes", consequence: "Chips to Japan.", effects: [{ kind: "grant", country: "JP", chips: 3000, months: 2 }, { kind: "track", track: "hawkishness", add: 5 }] },
        { id: "no", label: "No", consequence: "Japan is cross.", effects: [{ kind: "country", country: "JP", field: "relations", add: -7 }] },
      ],
    },
  }];
  return s;
}

describe("dilemmas", () => {
  it("opens after the month it fires, takes an answer, and applies the option's effects", () => {
    let state = play(newGame(withDilemma(), "d"), { type: "endTurn" });
    expect(state.dilemmas).toEqual([{ event: "ask", openedTurn: 1, deadlineTurn: 2 }]);
    const hawkish = state.tracks.hawkishness;
    state = play(state, { type: "answerDilemma", event: "ask", option: "yes" });
    expect(state.dilemmas).toEqual([]);
    expect(state.dilemmaAnswers).toEqual([{ event: "ask", option: "yes", turn: 1, byDefault: false }]);
    expect(state.tracks.hawkishness).toBe(hawkish + 5);
    expect(state.grants).toEqual([{ country: "JP", chips: 3000, fromTurn: 1, untilTurn: 3, event: "ask" }]);
    // The standing licence ships in months 1 and 2, then ends.
    const shippedTo = (s: GameState, turn: number) => s.ledger[turn]!.filter((e) => e.cause === "granted-shipments" && e.country === "JP").reduce((sum, e) => sum + e.delta, 0);
    state = play(state, { type: "endTurn" }, { type: "endTurn" }, { type: "endTurn" });
    expect([shippedTo(state, 1), shippedTo(state, 2), shippedTo(state, 3)]).toEqual([3000, 3000, 0]);
    expect(state.grants).toEqual([]);
  });

  it("silence is a choice: the default applies when the deadline month ends", () => {
    let state = play(newGame(withDilemma(2), "d"), { type: "endTurn" });
    const relations = state.countries.JP!.relations;
    state = play(state, { type: "endTurn" });
    expect(state.dilemmas).toHaveLength(1);
    state = play(state, { type: "endTurn" });
    expect(state.dilemmas).toEqual([]);
    expect(state.dilemmaAnswers).toEqual([{ event: "ask", option: "no", turn: 2, byDefault: true }]);
    expect(state.ledger[2]!.some((e) => e.cause === "dilemma-default")).toBe(true);
    expect(state.ledger[2]!.find((e) => e.cause === "dilemma-effect" && e.country === "JP")?.delta).toBe(-7);
    expect(state.countries.JP!.relations).toBeLessThan(relations);
  });

  it("refuses answers to dilemmas that are not open and options that do not exist, changing nothing", () => {
    const state = play(newGame(withDilemma(), "d"), { type: "endTurn" });
    const bad = [
      { type: "answerDilemma", event: "nope", option: "yes" },
      { type: "answerDilemma", event: "ask", option: "maybe" },
      { type: "answerDilemma", event: "constructor", option: "yes" },
    ] as const;
    for (const action of bad) {
      const result = step(state, action);
      expect(result.ok, JSON.stringify(action)).toBe(false);
      if (!result.ok) expect(result.code).toMatch(/^dilemma\//);
    }
    const answered = play(state, { type: "answerDilemma", event: "ask", option: "no" });
    const again = step(answered, { type: "answerDilemma", event: "ask", option: "yes" });
    expect(again.ok ? "ok" : again.code).toBe("dilemma/not-open");
  });
});

describe("the rival", () => {
  it("entity listings raise its grievance; past the threshold it retaliates on some seed, and the ledger says why", () => {
    let retaliated = 0;
    for (let s = 0; s < 12; s++) {
      let state = newGame(loadFixture(), `rival-${s}`);
      state = play(state, { type: "entityList", country: "MY" }, { type: "entityList", country: "AE" }, { type: "entityList", country: "SA" });
      expect(state.tracks.rivalGrievance).toBe(20 + 3 * 18);
      state = play(state, { type: "endTurn" }, { type: "endTurn" });
      const causes = state.ledger.flat().map((e) => e.cause);
      if (causes.includes("rival-retaliation")) retaliated += 1;
    }
    expect(retaliated).toBeGreaterThan(0);
  });

  it("Huawei courts a country left waiting: its dependence on US chips falls and its ties to the rival grow", () => {
    const state = play(newGame(loadFixture(), "court"), { type: "endTurn" });
    // Malaysia gets 40 % of its demand without a deal; Japan is an ally and is not courted.
    expect(state.countries.MY!.dependence).toBeLessThan(700);
    expect(state.countries.MY!.adversaryTies).toBeGreaterThan(600);
    expect(state.ledger[0]!.filter((e) => e.cause === "rival-courting").map((e) => e.country)).not.toContain("JP");
  });
});

describe("may-2025: the facts issue 9 is judged on", () => {
  const checked = parseScenarioText(readFileSync(join(import.meta.dirname, "../../scenarios/may-2025.json"), "utf8"));
  if (!checked.ok) throw new Error("may-2025 does not validate");
  const s = checked.value;

  it("Tier 1 is exactly the rule's 18 destinations; the Tier 2 cap is cumulative with the G2G doubling", () => {
    expect(s.countries.filter((c) => c.formerTier === 1).map((c) => c.id).sort()).toEqual([...TIER1_DESTINATIONS].sort());
    expect([s.tiered.tier2Cap, s.tiered.g2gCap]).toEqual([49_901, 99_802]);
  });

  it("has at least eight dilemmas, each with two or three options and a default among them", () => {
    const dilemmas = s.events.filter((e) => e.choice);
    expect(dilemmas.length).toBeGreaterThanOrEqual(8);
    for (const e of dilemmas) expect(e.choice!.options.map((o) => o.id), e.id).toContain(e.choice!.default);
  });

  it("every real event is dated inside the game and sourced; hypothetical ones cite no source", () => {
    for (const e of s.events) {
      if (e.hypothetical) {
        expect(e.source, e.id).toBeUndefined();
        expect(e.date, e.id).toBeUndefined();
      } else {
        expect(e.date, e.id).toMatch(/^2025-/);
        expect(e.date! >= "2025-05-01", e.id).toBe(true);
        expect(s.sources.some((src) => src.id === e.source) || /^https:\/\//.test(e.source ?? ""), e.id).toBe(true);
      }
    }
    // As the sources date them: the H20 licence requirement (April 9/14) and Singapore's charges (February) are background.
    expect(s.events.some((e) => /h20-charge|singapore-case/.test(e.id))).toBe(false);
    expect(s.events.find((e) => e.id === "h20-revenue-share")?.date).toMatch(/^2025-08/);
    expect(s.events.find((e) => e.id === "malaysia-permits")?.date).toBe("2025-07-14");
    expect(s.events.find((e) => e.id === "g42-humain-approvals")?.date).toMatch(/^2025-11/);
  });
});
