// The debrief model: a turn-by-turn account built from the ledger and each step's events — decisions and
// their consequences, deals against the counterparts' hidden values, leakage true versus detected.
// Plain data: the CLI renders it as Markdown, CSV or JSON, and the browser's debrief can render it too.
import { turnDate } from "../calendar";
import type { LocalizedText, Scenario } from "../scenario/schema";
import type { Action, GameState, HiddenValues, LedgerEntry, Outcome, ReplyReason, Terms, Tracks } from "../state";
import type { Replay } from "./format";
import { simulate } from "./simulate";

export interface ReportDecision {
  /** Index of the action in the replay's action list. */
  index: number;
  action: Action;
  /** The counterpart's answer to an offer. */
  reply?: { reply: "accept" | "counter" | "walkAway"; terms: Terms | null; reasons: ReplyReason[] };
  /** What the decision changed, straight from the ledger. */
  entries: LedgerEntry[];
}

export interface LeakageTally { true: number; detected: number }

export interface ReportTurn {
  turn: number;
  /** YYYY-MM. */
  month: string;
  decisions: ReportDecision[];
  /** The month's resolution (the endTurn step's ledger entries); empty for a turn still open. */
  consequences: LedgerEntry[];
  news: string[];
  leakage: LeakageTally & { byCountry: Record<string, LeakageTally> };
  /** Tracks once the turn was resolved, or null for a turn still open. */
  tracksAfter: Tracks | null;
}

export interface ReportDeal {
  country: string;
  signedTurn: number;
  terms: Terms;
  /** The country's utility for the terms, per-mille. */
  countryUtility: number;
  /** Its hidden reservation value: it would have signed anything worth at least this much to it. */
  reservation: number;
  /** countryUtility − reservation: how much better than its bottom line the country did (room the US left). */
  marginOverReservation: number;
  /** Offers exchanged before signing (both sides). */
  offersExchanged: number;
  suspendedTurn: number | null;
  suspendedForCause: boolean;
}

export interface ReportCountry {
  id: string;
  name: LocalizedText;
  adversary: boolean;
  ally: boolean;
  hidden: HiddenValues;
  shipped: number;
  inUse: number;
  diverted: number;
  detected: number;
  undetected: number;
  relationsStart: number;
  relationsEnd: number;
  dealInForce: boolean;
}

export interface Report {
  replayId: string;
  scenario: { id: string; title: LocalizedText; hash: string };
  seed: string;
  policy: Replay["policy"];
  player: string;
  gameVersion: string;
  parent: Replay["parent"] | null;
  startDate: string;
  turnsPlayed: number;
  outcome: Outcome | null;
  startTracks: Tracks;
  finalTracks: Tracks;
  turns: ReportTurn[];
  deals: ReportDeal[];
  countries: ReportCountry[];
  leakage: LeakageTally & { undetected: number };
}

export type BuiltReport = { ok: true; report: Report; state: GameState } | { ok: false; index: number; turn: number; code: string; message: string };

function emptyTurn(scenario: Scenario, turn: number): ReportTurn {
  return { turn, month: turnDate(scenario.startDate, turn), decisions: [], consequences: [], news: [], leakage: { true: 0, detected: 0, byCountry: {} }, tracksAfter: null };
}

export function buildReport(replay: Replay, scenario: Scenario): BuiltReport {
  const turns: ReportTurn[] = [emptyTurn(scenario, 0)];
  const deals: ReportDeal[] = [];
  const openDeal: Record<string, ReportDeal> = {};
  const sim = simulate(scenario, replay.seed, replay.policy, replay.actions, ({ index, action, before, after, events }) => {
    const current = turns[turns.length - 1] as ReportTurn;
    const entries: LedgerEntry[] = [];
    for (const event of events) {
      if (event.type === "ledger") entries.push(event.entry);
      if (event.type === "news") current.news.push(event.eventId);
    }
    for (const event of events) {
      if (event.type === "dealSigned") {
        const country = after.countries[event.country];
        const negotiation = before.countries[event.country]?.negotiation;
        const deal: ReportDeal = {
          country: event.country,
          signedTurn: before.turn,
          terms: event.terms,
          countryUtility: country?.deal?.countryUtility ?? 0,
          reservation: country?.hidden.reservation ?? 0,
          marginOverReservation: (country?.deal?.countryUtility ?? 0) - (country?.hidden.reservation ?? 0),
          offersExchanged: (negotiation?.offers.length ?? 0) + (action.type === "offer" ? 1 : 0),
          suspendedTurn: null,
          suspendedForCause: false,
        };
        deals.push(deal);
        openDeal[event.country] = deal;
      } else if (event.type === "dealSuspended") {
        const deal = openDeal[event.country];
        if (deal) { deal.suspendedTurn = before.turn; deal.suspendedForCause = event.forCause; delete openDeal[event.country]; }
      }
    }
    if (action.type === "endTurn") {
      current.consequences = entries;
      current.tracksAfter = { ...after.tracks };
      for (const entry of entries) {
        if (entry.cause !== "diversion" && entry.cause !== "diversion-detected") continue;
        const id = entry.country ?? "?";
        const tally = current.leakage.byCountry[id] ?? { true: 0, detected: 0 };
        if (entry.cause === "diversion") { tally.true += entry.delta; current.leakage.true += entry.delta; }
        else { tally.detected += entry.delta; current.leakage.detected += entry.delta; }
        current.leakage.byCountry[id] = tally;
      }
      if (after.status === "playing") turns.push(emptyTurn(scenario, after.turn));
      return;
    }
    const reply = events.find((e) => e.type === "reply");
    current.decisions.push({
      index,
      action,
      ...(reply && reply.type === "reply" ? { reply: { reply: reply.reply, terms: reply.terms, reasons: reply.reasons } } : {}),
      entries,
    });
  });
  if (!sim.ok) return { ok: false, index: sim.index, turn: sim.turn, code: sim.code, message: sim.message };
  const state = sim.state;
  const last = turns[turns.length - 1];
  if (last && last.tracksAfter === null && last.decisions.length === 0 && state.status === "over") turns.pop();
  const countries: ReportCountry[] = scenario.countries.map((profile) => {
    const c = state.countries[profile.id];
    const start = sim.start.countries[profile.id];
    return {
      id: profile.id,
      name: profile.name,
      adversary: profile.adversary,
      ally: profile.ally,
      hidden: c?.hidden ?? { reservation: 0, temperament: "linear", patience: 0 },
      shipped: c?.shipped ?? 0,
      inUse: c?.inUse ?? 0,
      diverted: c?.diverted ?? 0,
      detected: c?.divertedDetected ?? 0,
      undetected: (c?.diverted ?? 0) - (c?.divertedDetected ?? 0),
      relationsStart: start?.relations ?? 0,
      relationsEnd: c?.relations ?? 0,
      dealInForce: Boolean(c?.deal),
    };
  });
  const report: Report = {
    replayId: replay.id,
    scenario: { id: scenario.id, title: scenario.title, hash: replay.scenario.hash },
    seed: replay.seed,
    policy: replay.policy,
    player: replay.player,
    gameVersion: replay.gameVersion,
    parent: replay.parent ?? null,
    startDate: scenario.startDate,
    turnsPlayed: state.turn,
    outcome: state.outcome,
    startTracks: { ...sim.start.tracks },
    finalTracks: { ...state.tracks },
    turns,
    deals,
    countries,
    leakage: { true: state.tracks.leakageTrue, detected: state.tracks.leakageDetected, undetected: state.tracks.leakageTrue - state.tracks.leakageDetected },
  };
  return { ok: true, report, state };
}
