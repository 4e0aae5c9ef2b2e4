// Deals over time (issue 9): a term and a renewal asked in its last month, lapsing by default; compliance
// that erodes unless audited and leaks more when it does; violations that ask suspend / tighten / look away;
// countries' requests, where silence costs more than a clear answer. Generated decisions replay exactly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BOTS, COMPLIANCE, countryUtility, diversionRatePm, erosionOf, newGame, parseScenarioText, playGame, replayActions, riskFactors, stateHash, step,
  type Action, type GameState, type Scenario,
} from "../../src/core/index";
import { IGNORED_RELATIONS, LAPSE } from "../../src/core/deals";
import { chipsOnlyScenario, play, terms } from "./helpers";

const ALL = { kyc: true, noAdversaryHardware: true, usManagedDatacenters: true, locationVerification: true, onSiteAudits: true };

/** The fixture with Testland (XX: utility = chips share) tuned: its preferred term, and how risky it is. */
function testland(changes: { preferredTerm?: number; hubExposure?: number; adversaryTies?: number } = {}): Scenario {
  const scenario = chipsOnlyScenario();
  const xx = scenario.countries.find((c) => c.id === "XX");
  if (!xx) throw new Error("no XX");
  Object.assign(xx, changes);
  return scenario;
}

const end: Action = { type: "endTurn" };
const dealWithXX = (state: GameState, extra: Partial<ReturnType<typeof terms>> = {}) => play(state, { type: "offer", country: "XX", terms: terms({ chips: 1000, ...extra }) });

describe("a deal's term and its renewal", () => {
  it("runs for the country's preferred term, asks to renew in its last month, and lapses when the player stays silent", () => {
    let state = dealWithXX(newGame(testland({ preferredTerm: 4 }), "terms-1"));
    expect(state.countries.XX?.deal?.endTurn).toBe(4);
    expect(state.countries.XX?.deal?.terms.months).toBe(4);
    state = play(state, end, end);
    expect(state.dilemmas.some((d) => d.generated?.kind === "renewal")).toBe(false);
    state = play(state, end);
    const renewal = state.dilemmas.find((d) => d.generated?.kind === "renewal");
    expect(renewal?.event).toBe("renewal/XX/3");
    expect(renewal?.deadlineTurn).toBe(3);
    expect(renewal?.generated?.default).toBe("lapse");
    expect(renewal?.generated?.options.map((o) => o.id)).toEqual(["their-terms", "our-terms", "lapse"]);
    const relations = state.countries.XX?.relations ?? 0;
    state = play(state, end);
    expect(state.countries.XX?.deal).toBeNull();
    const causes = (state.ledger[3] ?? []).filter((e) => e.country === "XX").map((e) => e.cause);
    expect(causes).toEqual(expect.arrayContaining(["dilemma-default", "deal-expired", "decision-ignored"]));
    // Lapsing and silence both cost goodwill (other monthly drifts may add a point either way).
    expect(state.countries.XX?.relations ?? 0).toBeLessThanOrEqual(relations - LAPSE.relations - IGNORED_RELATIONS + 1);
  });

  it("renewing on their terms extends the term and restores the safeguards in full", () => {
    let state = dealWithXX(newGame(testland({ preferredTerm: 4, hubExposure: 800, adversaryTies: 600 }), "terms-2"), { conditions: ALL });
    state = play(state, end, end, end);
    expect(state.countries.XX?.deal?.compliance).toBeLessThan(1000);
    state = play(state, { type: "answerDilemma", event: "renewal/XX/3", option: "their-terms" });
    expect(state.countries.XX?.deal?.endTurn).toBe(3 + 4);
    expect(state.countries.XX?.deal?.compliance).toBe(1000);
    state = play(state, end);
    expect(state.countries.XX?.deal).not.toBeNull();
    expect(state.dilemmas.some((d) => d.generated?.kind === "renewal")).toBe(false);
  });

  it("terms outside 3..36 months are refused; a term away from the country's preference costs it utility", () => {
    const state = newGame(testland({ preferredTerm: 12 }), "terms-3");
    for (const months of [2, 37, 6.5]) {
      const result = step(state, { type: "offer", country: "XX", terms: terms({ chips: 1000, months }) });
      expect(result.ok ? "accepted" : result.code).toBe("offer/invalid-terms");
    }
    const xx = state.countries.XX;
    const profile = state.scenario.countries.find((c) => c.id === "XX");
    if (!xx || !profile) throw new Error("no XX");
    const preferred = countryUtility(terms({ chips: 1000, months: 12 }), xx, profile).total;
    expect(countryUtility(terms({ chips: 1000 }), xx, profile).total).toBe(preferred);
    expect(preferred - countryUtility(terms({ chips: 1000, months: 6 }), xx, profile).total).toBe(72);
  });
});

describe("compliance and audits", () => {
  it("an unaudited deal's safeguards erode by exposure, an audit holds them, and eroded safeguards leak more", () => {
    const start = dealWithXX(newGame(testland({ hubExposure: 800, adversaryTies: 600 }), "terms-4"), { conditions: ALL });
    const xx = start.countries.XX;
    if (!xx) throw new Error("no XX");
    const erosion = erosionOf(start, xx).erosion;
    expect(erosion).toBeGreaterThan(COMPLIANCE.base);
    const unaudited = play(start, end);
    expect(unaudited.countries.XX?.deal?.compliance).toBe(1000 - erosion);
    const audited = play(start, { type: "audit", country: "XX" });
    expect(audited.tracks.politicalCapital).toBe(start.tracks.politicalCapital - COMPLIANCE.auditCost);
    const again = step(audited, { type: "audit", country: "XX" });
    expect(again.ok ? "accepted" : again.code).toBe("audit/unavailable");
    expect(play(audited, end).countries.XX?.deal?.compliance).toBe(1000);
    const eroded = unaudited.countries.XX;
    if (!eroded) throw new Error("no XX");
    const rate = (compliance: number) => diversionRatePm(300, { ...riskFactors(unaudited, eroded, 1000), compliance });
    expect(rate(500)).toBeGreaterThan(rate(1000));
  });

  it("a deal without safeguards has nothing to audit", () => {
    const state = dealWithXX(newGame(testland(), "terms-5"));
    const result = step(state, { type: "audit", country: "XX" });
    expect(result.ok ? "accepted" : result.code).toBe("audit/unavailable");
  });

  it("a violation asks suspend, tighten or look away, each with its own consequences", () => {
    const base = newGame(testland({ hubExposure: 800, adversaryTies: 600 }), "terms-6");
    const signed = dealWithXX(base, { conditions: { ...ALL, locationVerification: false, onSiteAudits: false } });
    // Safeguards honoured at 0: a violation is likely every month; find the first month one is caught.
    let state: GameState = JSON.parse(JSON.stringify(signed)) as GameState;
    const deal = state.countries.XX?.deal;
    if (!deal) throw new Error("no deal");
    deal.compliance = 0;
    let open = undefined as GameState["dilemmas"][number] | undefined;
    for (let i = 0; i < 6 && !open; i++) {
      state = play(state, end);
      open = state.dilemmas.find((d) => d.generated?.kind === "violation");
    }
    if (!open) throw new Error("no violation in six months at compliance 0");
    expect(open.generated?.default).toBe("look-away");
    const caught = (state.ledger[state.turn - 1] ?? []).find((e) => e.cause === "violation-detected" && e.track === "leakageTrue");
    expect(caught?.delta).toBeGreaterThan(0);
    const answer = (option: string) => play(state, { type: "answerDilemma", event: open.event, option });
    const tightened = answer("tighten").countries.XX?.deal;
    expect(tightened?.compliance).toBe(1000);
    expect(tightened?.terms.conditions.locationVerification).toBe(true);
    expect(tightened?.terms.conditions.onSiteAudits).toBe(true);
    const suspended = answer("suspend");
    expect(suspended.countries.XX?.deal).toBeNull();
    expect(suspended.tracks.hawkishness).toBeLessThan(state.tracks.hawkishness);
    const silent = play(state, end);
    expect(silent.dilemmaAnswers.at(-1)).toMatchObject({ event: open.event, option: "look-away", byDefault: true });
    expect(silent.countries.XX?.deal).not.toBeNull();
  });
});

describe("generated decisions in a whole game (may-2025)", () => {
  const checked = parseScenarioText(readFileSync(join(import.meta.dirname, "../../scenarios/may-2025.json"), "utf8"));
  if (!checked.ok) throw new Error("may-2025 does not validate");
  const scenario = checked.value;
  const game = playGame(scenario, "terms-game", BOTS.hawk!, { hashes: false });

  it("deals come up for renewal, countries bring requests, and the hawk audits and answers them", () => {
    const causes = new Set(game.state.ledger.flat().map((e) => e.cause));
    for (const cause of ["renewal-asked", "request-made", "audit", "deal-renewed"] as const) expect(causes.has(cause), cause).toBe(true);
    const generated = game.state.dilemmaAnswers.filter((a) => a.event.includes("/"));
    expect(generated.some((a) => !a.byDefault)).toBe(true);
  });

  it("idle play has no deals, so nothing to renew, audit or request", () => {
    const idle = playGame(scenario, "terms-game", BOTS.idle!, { hashes: false }).state;
    expect(idle.ledger.flat().some((e) => ["renewal-asked", "request-made", "audit"].includes(e.cause))).toBe(false);
  });

  it("a game with generated decisions replays to the same state", () => {
    const replayed = replayActions(newGame(scenario, "terms-game"), game.actions);
    expect(replayed.ok).toBe(true);
    expect(stateHash(replayed.state)).toBe(stateHash(game.state));
  });

  it("silence on a country's request costs more goodwill than a clear no", () => {
    let state = newGame(scenario, "terms-game");
    let found: GameState | null = null;
    for (const action of game.actions) {
      const open = state.dilemmas.find((d) => d.generated && ["campus", "exemption", "complaint"].includes(d.generated.kind));
      if (open) { found = state; break; }
      const next = step(state, action);
      if (!next.ok) throw new Error(next.message);
      state = next.state;
    }
    if (!found) throw new Error("no request in the hawk's game");
    const open = found.dilemmas.find((d) => d.generated && ["campus", "exemption", "complaint"].includes(d.generated.kind));
    const g = open?.generated;
    if (!open || !g) throw new Error("no request");
    const no = play(found, { type: "answerDilemma", event: open.event, option: g.default }, end);
    const silent = play(found, end);
    expect((no.countries[g.country]?.relations ?? 0) - (silent.countries[g.country]?.relations ?? 0)).toBe(IGNORED_RELATIONS);
  });
});
