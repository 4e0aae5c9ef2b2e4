// step() never throws (issue 11): any JSON value as an action gets a typed rejection or a legal result.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTION_TYPES, newGame, step } from "../../src/core/index";
import type { Action } from "../../src/core/index";
import { loadFixture } from "./helpers";

const scenario = loadFixture();
const state = newGame(scenario, "guard");
const countries = scenario.countries.map((c) => c.id);

/** Actions of every type whose fields are any JSON value, or near-miss values. */
const action = fc.oneof(
  fc.jsonValue(),
  fc.record({
    type: fc.oneof(fc.constantFrom(...ACTION_TYPES), fc.string()),
    country: fc.oneof(fc.constantFrom(...countries, "constructor", "__proto__", "toString"), fc.jsonValue()),
    id: fc.oneof(fc.jsonValue(), fc.constant({ toString: "boom" })),
    decision: fc.oneof(fc.constantFrom("approve", "deny"), fc.jsonValue()),
    terms: fc.oneof(fc.jsonValue(), fc.record({ chips: fc.jsonValue(), investment: fc.jsonValue(), tariffCut: fc.jsonValue(), enforcementCooperation: fc.jsonValue(), conditions: fc.jsonValue() })),
  }, { requiredKeys: ["type"] }),
);

describe("step's action-shape guard", () => {
  it("the issue's reproducer: a licence id {toString: ...} is a rejection, not a throw", () => {
    const result = step(state, { type: "licence", id: { toString: "boom" }, decision: "approve" } as unknown as Action);
    expect(result).toMatchObject({ ok: false, code: "action/invalid" });
    if (!result.ok) expect(result.message).toContain("id must be a string");
  });
  it("never throws for any JSON value, and a rejection always has a code", () => {
    fc.assert(fc.property(action, (a) => {
      const result = step(state, a as unknown as Action);
      if (!result.ok) expect(result.code).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    }), { seed: 11, numRuns: 500 });
  });
});
