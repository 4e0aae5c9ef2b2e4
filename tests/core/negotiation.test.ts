// The counterparts' rules (issue 8): the calendar clock, tit-for-tat, insults, the rival's offers,
// precedents that fade, intelligence, and the deal economics (pledges, tariffs, entity listing).
import { describe, expect, it } from "vitest";
import {
  aspiration, countryUtility, currentAsk, effectiveReservation, LISTING, newGame, PLEDGE_MONTHS, PRECEDENT_FADE_MONTHS, profileOf,
  RECIPROCITY_PM, scoreOf, step, STIFFEN, type Action, type GameEvent, type GameState, type ReplyReason,
} from "../../src/core/index";
import { chipsOnlyScenario, freshGame, freshGame as freshGameOf, play, terms } from "./helpers";

/** A deep copy of a state whose scenario stays shared, to set up situations directly. */
function edit(state: GameState, change: (copy: GameState) => void): GameState {
  const copy = JSON.parse(JSON.stringify({ ...state, scenario: null })) as GameState;
  copy.scenario = state.scenario;
  change(copy);
  return copy;
}

/** Talks with XX opened `months` months ago, with no offers yet. */
function inTalks(state: GameState, id: string, months: number): GameState {
  return edit(state, (s) => {
    s.countries[id]!.negotiation = { round: 0, offers: [], counter: null, startedTurn: s.turn - months, firmness: 0, patienceLost: 0 };
  });
}

function replyOf(state: GameState, action: Action): Extract<GameEvent, { type: "reply" }> {
  const result = step(state, action);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  const reply = result.events.find((e): e is Extract<GameEvent, { type: "reply" }> => e.type === "reply");
  if (!reply) throw new Error("no reply");
  return reply;
}

const codes = (reasons: ReplyReason[]) => reasons.map((r) => r.code);
function endTurns(state: GameState, n: number): GameState {
  let current = state;
  for (let k = 0; k < n && current.status === "playing"; k++) current = play(current, { type: "endTurn" });
  return current;
}
const xx = () => newGame(chipsOnlyScenario(), "s");

describe("utility and the calendar clock", () => {
  it("utility is linear-additive over the issues", () => {
    const state = freshGame();
    const ae = state.countries.AE!;
    const profile = profileOf(state, "AE");
    expect(countryUtility(terms({ chips: ae.demand }), ae, profile).total).toBe(1000);
    // chips weigh 550: half the chips loses 275.
    expect(countryUtility(terms({ chips: ae.demand / 2 }), ae, profile).total).toBe(1000 - 275);
  });

  it("the concession curve runs on months in talks: tough concedes late, every temperament reaches its reservation at the deadline", () => {
    for (const months of [0, 1, 2]) {
      expect(aspiration(500, months, 4, "tough")).toBeGreaterThan(aspiration(500, months, 4, "linear"));
      expect(aspiration(500, months, 4, "linear")).toBeGreaterThan(aspiration(500, months, 4, "conceding"));
    }
    for (const temperament of ["tough", "linear", "conceding"] as const) expect(aspiration(500, 4, 4, temperament)).toBe(500);
    // (0 + 1) / (4 + 1) of the way: 1000 - 500 * 1/5.
    expect(aspiration(500, 0, 4, "linear")).toBe(900);
  });

  it("offers within a month are a conversation: the same offer three times never lowers the ask", () => {
    let state = xx();
    const asks: number[] = [];
    for (let i = 0; i < 3; i++) {
      const reply = replyOf(state, { type: "offer", country: "XX", terms: terms({ chips: 500 }) });
      state = play(state, { type: "offer", country: "XX", terms: terms({ chips: 500 }) });
      expect(reply.reply).toBe("counter");
      asks.push(reply.terms!.chips);
    }
    expect(asks[1]).toBeGreaterThan(asks[0]!);
    expect(asks[2]).toBeGreaterThan(asks[1]!);
  });

  it("the counter asks exactly what the country asks this month; accepting it signs that deal", () => {
    const state = xx();
    const ask = currentAsk(state, state.countries.XX!);
    const reply = replyOf(state, { type: "offer", country: "XX", terms: terms({ chips: 500 }) });
    // Chips-only utility is chips per-mille of a demand of 1000; the counter rounds up by at most 2.
    expect(reply.terms!.chips).toBeGreaterThanOrEqual(ask);
    expect(reply.terms!.chips).toBeLessThanOrEqual(ask + 2);
    const signed = play(state, { type: "offer", country: "XX", terms: terms({ chips: 500 }) }, { type: "acceptCounter", country: "XX" });
    expect(signed.countries.XX!.deal?.terms.chips).toBe(reply.terms!.chips);
  });

  it("at its deadline month a country accepts exactly its reservation and walks away one point below", () => {
    const start = xx();
    const patience = start.countries.XX!.hidden.patience;
    const last = inTalks(start, "XX", patience);
    const reservation = effectiveReservation(last, last.countries.XX!);
    expect(replyOf(last, { type: "offer", country: "XX", terms: terms({ chips: reservation }) }).reply).toBe("accept");
    const refused = replyOf(last, { type: "offer", country: "XX", terms: terms({ chips: reservation - 1 }) });
    expect(refused.reply).toBe("walkAway");
    expect(codes(refused.reasons)).toContain("deadline-reached");
  });

  it("counters lapse at the month's end, and talks lapse once the deadline has passed", () => {
    const state = play(xx(), { type: "offer", country: "XX", terms: terms({ chips: 500 }) });
    const next = endTurns(state, 1);
    expect(next.countries.XX!.negotiation?.counter).toBeNull();
    expect(step(next, { type: "acceptCounter", country: "XX" }).ok).toBe(false);
    const patience = state.countries.XX!.hidden.patience;
    const after = endTurns(state, patience + 1);
    expect(after.countries.XX!.negotiation).toBeNull();
    expect(after.countries.XX!.closedTalks.at(-1)?.outcome).toBe("country-walked-away");
    expect(after.ledger.flat().some((e) => e.cause === "talks-lapsed" && e.country === "XX")).toBe(true);
  });
});

describe("tit-for-tat", () => {
  it("a concession is reciprocated: the ask falls by half the move", () => {
    const state = play(xx(), { type: "offer", country: "XX", terms: terms({ chips: 500 }) });
    const before = currentAsk(state, state.countries.XX!);
    const reply = replyOf(state, { type: "offer", country: "XX", terms: terms({ chips: 600 }) });
    expect(codes(reply.reasons)).toContain("reciprocates");
    const after = play(state, { type: "offer", country: "XX", terms: terms({ chips: 600 }) });
    expect(after.countries.XX!.negotiation!.firmness).toBe(-Math.floor((100 * RECIPROCITY_PM) / 1000));
    expect(currentAsk(after, after.countries.XX!)).toBe(before - 50);
  });

  it("stepping back and forth earns nothing: only new ground is reciprocated", () => {
    const offers = [600, 500, 600].map((chips): Action => ({ type: "offer", country: "XX", terms: terms({ chips }) }));
    const state = play(xx(), ...offers);
    // 600 first, 500 is tougher (+60), 600 again is no new ground (+40).
    expect(state.countries.XX!.negotiation!.firmness).toBe(STIFFEN.tougher + STIFFEN.repeat);
  });

  it("an unchanged repeat annoys: relations fall, patience shortens, and it walks away when patience is spent", () => {
    let state = xx();
    const relations = state.countries.XX!.relations;
    const patience = state.countries.XX!.hidden.patience;
    const offer: Action = { type: "offer", country: "XX", terms: terms({ chips: 500 }) };
    state = play(state, offer, offer);
    expect(state.countries.XX!.relations).toBe(relations - 2);
    expect(state.countries.XX!.negotiation!.patienceLost).toBe(1);
    let last: Extract<GameEvent, { type: "reply" }> | undefined;
    for (let k = 1; k < patience && state.countries.XX!.negotiation; k++) {
      if (state.countries.XX!.offersThisTurn >= 3) state = endTurns(state, 1);
      last = replyOf(state, offer);
      state = play(state, offer);
    }
    expect(last?.reply).toBe("walkAway");
    expect(state.countries.XX!.negotiation).toBeNull();
  });

  it("a pledge beyond capacity is refused with a reason, costs relations at once and is never credited", () => {
    const state = freshGame();
    const capacity = profileOf(state, "AE").investmentCapacity;
    const generous = terms({ chips: 80_000, investment: capacity + 1 });
    const reply = replyOf(state, { type: "offer", country: "AE", terms: generous });
    expect(reply.reply).toBe("counter");
    expect(codes(reply.reasons)).toEqual(expect.arrayContaining(["beyond-capacity", "insulted"]));
    expect(reply.terms!.investment).toBeLessThanOrEqual(capacity);
    const after = play(state, { type: "offer", country: "AE", terms: generous });
    expect(after.countries.AE!.relations).toBeLessThan(state.countries.AE!.relations);
    expect(after.countries.AE!.deal).toBeNull();
  });

  it("an ask far below the reservation is an insult", () => {
    const reply = replyOf(xx(), { type: "offer", country: "XX", terms: terms({ chips: 10 }) });
    expect(codes(reply.reasons)).toContain("insulted");
  });
});

describe("outside options, precedents and information", () => {
  it("a rival offer raises the reservation while it stands and is cited in replies", () => {
    const state = freshGame();
    const before = effectiveReservation(state, state.countries.MY!);
    const courted = edit(state, (s) => { s.countries.MY!.rivalOffer = { rival: "CN", turn: 0, until: 3, boost: 100 }; });
    expect(effectiveReservation(courted, courted.countries.MY!)).toBe(before + 100);
    const reply = replyOf(courted, { type: "offer", country: "MY", terms: terms({ chips: 12_000 }) });
    expect(reply.reasons).toContainEqual({ code: "rival-offer", rival: "CN" });
  });

  it("the rival courts countries the US leaves waiting, announced by an event and the ledger", () => {
    let state = freshGame("rival-seed");
    let seen = false;
    for (let turn = 0; turn < 8 && !seen; turn++) {
      const result = step(state, { type: "endTurn" });
      if (!result.ok) throw new Error(result.code);
      seen = result.events.some((e) => e.type === "rivalOffer");
      state = result.state;
    }
    expect(seen).toBe(true);
    const courted = Object.values(state.countries).find((c) => c.rivalOffer);
    expect(courted?.rivalOffer?.rival).toBe("CN");
    expect(state.ledger.flat().some((e) => e.cause === "rival-offer" && e.country === courted?.id)).toBe(true);
  });

  it("a peer's precedent raises demands on the issues it gave away, then fades over months", () => {
    const state = freshGame();
    const generous = terms({ chips: 20_000 });
    const withDeal = play(state, { type: "offer", country: "JP", terms: generous });
    expect(withDeal.countries.KR!.precedents).toEqual([{ peer: "JP", turn: 0, parts: { chips: 1000, investment: 1000, tariffs: 1000, sovereignty: 1000 } }]);
    const kr = (s: GameState) => effectiveReservation(s, s.countries.KR!);
    expect(kr(withDeal)).toBeGreaterThan(kr(state));
    const reply = replyOf(withDeal, { type: "offer", country: "KR", terms: terms({ chips: 10_000, investment: 100 }) });
    const precedent = reply.reasons.find((r) => r.code === "peer-precedent");
    expect(precedent).toMatchObject({ peer: "JP" });
    expect(precedent?.code === "peer-precedent" && precedent.issues).toEqual(expect.arrayContaining(["chips", "investment"]));
    // Halfway the pull has weakened; once faded, forgetting the precedent changes nothing.
    const forgotten = (s: GameState) => edit(s, (c) => { c.countries.KR!.precedents = []; });
    const halfway = endTurns(withDeal, PRECEDENT_FADE_MONTHS / 2);
    expect(kr(halfway)).toBeGreaterThan(kr(forgotten(halfway)));
    expect(kr(halfway) - kr(forgotten(halfway))).toBeLessThan(kr(withDeal) - kr(state));
    const later = endTurns(withDeal, PRECEDENT_FADE_MONTHS);
    expect(kr(later)).toBe(kr(forgotten(later)));
  });

  it("intelligence costs capital and tells what the country would settle for this month", () => {
    const state = freshGame();
    const after = play(state, { type: "intelligence", country: "AE" });
    expect(after.tracks.politicalCapital).toBe(state.tracks.politicalCapital - 4);
    expect(after.countries.AE!.intel).toMatchObject({ turn: 0, reservation: effectiveReservation(state, state.countries.AE!), ask: currentAsk(state, state.countries.AE!) });
    expect(step(after, { type: "intelligence", country: "AE" }).ok).toBe(false);
  });
});

describe("deal economics", () => {
  const pledgeOf = (s: GameState) => s.countries.AE!.deal!;
  /** A UAE that settles for little at once, so that an offer with a large pledge is signed as it stands. */
  const freshGame = () => edit(freshGameOf(), (s) => { s.countries.AE!.hidden = { reservation: 50, temperament: "conceding", patience: 5 }; });

  it("a pledge arrives in monthly instalments; only what arrived counts", () => {
    const signed = play(freshGame(), { type: "offer", country: "AE", terms: terms({ chips: 80_000, investment: 1200 }) });
    expect(signed.tracks.investment).toBe(0);
    expect(pledgeOf(signed)).toMatchObject({ pledge: 1200, paid: 0 });
    const month = endTurns(signed, 1);
    const missed = month.ledger[0]!.some((e) => e.cause === "pledge-default");
    expect(month.tracks.investment).toBe(missed ? 0 : 1200 / PLEDGE_MONTHS);
  });

  it("renegotiation credits only the difference: what the old deal paid carries over", () => {
    const signed = endTurns(play(freshGame(), { type: "offer", country: "AE", terms: terms({ chips: 30_000, investment: 1200 }) }), 3);
    const paid = pledgeOf(signed).paid;
    const renewed = play(signed, { type: "offer", country: "AE", terms: terms({ chips: 80_000, investment: 1300 }) });
    expect(pledgeOf(renewed)).toMatchObject({ pledge: 1300, paid });
    const done = endTurns(renewed, 16);
    expect(done.tracks.investment).toBeLessThanOrEqual(1300);
    expect(done.countries.AE!.invested).toBe(done.tracks.investment);
  });

  it("a country that sours on the US misses instalments, and a suspended deal's unpaid pledge and tariffs are lost", () => {
    const signed = play(freshGame(), { type: "offer", country: "AE", terms: terms({ chips: 80_000, investment: 1200, tariffCut: 10 }) });
    const sour = edit(signed, (s) => { s.countries.AE!.relations = 0; });
    const year = endTurns(sour, 7);
    expect(year.ledger.flat().some((e) => e.cause === "pledge-default")).toBe(true);
    expect(year.tracks.investment).toBeLessThan(700);
    expect(signed.tracks.tariffConcessions).toBe(10);
    const suspended = play(signed, { type: "suspendDeal", country: "AE" });
    expect(suspended.tracks.tariffConcessions).toBe(0);
    expect(suspended.ledger[0]!.some((e) => e.cause === "pledge-cancelled" && e.delta === -1200)).toBe(true);
    expect(endTurns(suspended, 2).tracks.investment).toBe(0);
  });

  it("tariff concessions in force count in the economy score at the scenario's value per point", () => {
    const state = freshGame();
    const withTariffs = edit(state, (s) => { s.tracks.tariffConcessions = 30; });
    expect(scoreOf(withTariffs, false).economy).toBeGreaterThan(scoreOf(state, false).economy);
  });
});

describe("entity listing is a trade-off", () => {
  it("an ally's listing costs relations and allied trust; a listing lapses unless renewed in its last months", () => {
    const state = freshGame();
    const listed = play(state, { type: "entityList", country: "KR" });
    expect(listed.countries.KR!.relations).toBe(state.countries.KR!.relations + LISTING.relations + LISTING.allyRelations);
    expect(listed.tracks.alliedTrust).toBe(state.tracks.alliedTrust + LISTING.allyTrust);
    expect(step(listed, { type: "entityList", country: "KR" }).ok).toBe(false);
    const late = endTurns(listed, LISTING.months - LISTING.renewWithin);
    const renewed = play(late, { type: "entityList", country: "KR" });
    expect(renewed.countries.KR!.listedUntil).toBe(2 * LISTING.months);
    const lapsed = endTurns(listed, LISTING.months);
    expect(lapsed.countries.KR!.entityListed).toBe(false);
    expect(lapsed.ledger.flat().some((e) => e.cause === "listing-lapsed" && e.country === "KR")).toBe(true);
  });

  it("listing a hub loses legitimate sales and displaces part of its diversion to the next most exposed hub", () => {
    const state = freshGame("listing");
    const listed = play(state, { type: "entityList", country: "MY" });
    const month = endTurns(listed, 1);
    const shippedListed = month.countries.MY!.shipped;
    const shippedFree = endTurns(state, 1).countries.MY!.shipped;
    expect(shippedListed).toBeLessThan(shippedFree);
    const displaced = month.ledger[0]!.filter((e) => e.cause === "diversion-displaced");
    expect(displaced).toHaveLength(1);
    expect(displaced[0]).toMatchObject({ country: "AE", params: { from: "MY" } });
    expect(month.tracks.leakageDetected).toBeLessThanOrEqual(month.tracks.leakageTrue);
  });
});
