// The replay file: everything needed to re-play a game and check it turn by turn. A replay is `step`
// folded over its action list from (scenario, seed, policy); the per-turn records let a verifier name the
// first turn that diverges and which quantities differ.
import { hashJson } from "../hash";
import type { Policy, Scenario } from "../scenario/schema";
import type { Action, GameState, Outcome, Terms, Tracks } from "../state";

export const REPLAY_FORMAT = "chip-diplomacy/replay";
/** The version this build writes. */
export const REPLAY_SCHEMA_VERSION = 1;
/** The oldest file version this build still reads. */
export const REPLAY_MIN_COMPATIBLE_VERSION = 1;
/** Checked before parsing: refuses data dumps. */
export const REPLAY_MAX_BYTES = 20_000_000;
/** Lists are measured against these before their items are read. A scenario runs at most 120 turns with at most 250 countries. */
export const REPLAY_MAX_TURNS = 120;
export const REPLAY_MAX_COUNTRIES = 250;
export const REPLAY_MAX_TRACKS = 64;
/** Far more than a month's possible actions (three offers per country, a few other actions) times 120 months. */
export const REPLAY_MAX_ACTIONS = 200_000;
/** The longest seed: `play`, the browser and `verify` all hold to it. */
export const REPLAY_MAX_SEED_LENGTH = 200;

// Control characters (C0, DEL, C1) and bidirectional overrides: never in a one-line value from a file.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Why a one-line value (a seed, a version, a player's name) cannot be written to a replay, or null. */
export function oneLineProblem(value: string, maxLength: number): string | null {
  if (value.length === 0) return "must not be empty";
  if (value.length > maxLength) return `must be at most ${maxLength} characters (this one has ${value.length})`;
  return UNPRINTABLE.test(value) ? "must not contain control characters (a line break, an escape, a direction override)" : null;
}

/** Why `seed` cannot be a replay's seed, or null: every command that writes a seed checks it with this. */
export function seedProblem(seed: string): string | null {
  return oneLineProblem(seed, REPLAY_MAX_SEED_LENGTH);
}

/** The country quantities recorded each turn: enough to say what differs when a hash does. */
export interface CountrySnapshot {
  relations: number;
  enforcement: number;
  shipped: number;
  diverted: number;
  divertedDetected: number;
  /** Chips per month of the deal in force, or null. */
  dealChips: number | null;
}

export interface TurnRecord {
  /** The turn just resolved (0 is the first month). */
  turn: number;
  /** stateHash once the turn is resolved. */
  hash: string;
  tracks: Tracks;
  countries: Record<string, CountrySnapshot>;
}

export interface DealSummary extends Terms {
  signedTurn: number;
}

export interface ReplaySummary {
  status: GameState["status"];
  /** The state's turn after the last action. */
  turn: number;
  hash: string;
  outcome: Outcome | null;
  tracks: Tracks;
  deals: Record<string, DealSummary>;
}

export interface ReplayParent {
  /** The parent replay's id and final hash. */
  id: string;
  finalHash: string;
  /** Turns kept from the parent: the branch plays differently from turn `branchTurn` on. */
  branchTurn: number;
}

export interface ReplayScenarioRef {
  id: string;
  /** scenarioHash of the scenario played. */
  hash: string;
  /** The scenario itself, so that the replay is self-contained. */
  embedded?: Scenario;
}

export interface Replay {
  format: typeof REPLAY_FORMAT;
  schemaVersion: number;
  /** The oldest reader version that can read this file. */
  minCompatibleVersion: number;
  /** The game's version (package.json) that wrote the file. */
  gameVersion: string;
  /** Content id: a hash of scenario hash, seed, policy and actions. Two replays of the same game share it. */
  id: string;
  scenario: ReplayScenarioRef;
  seed: string;
  policy: Policy;
  /** Who played: "bot:<name>" or "human". */
  player: string;
  /** stateHash of the new game, before any action. */
  startHash: string;
  actions: Action[];
  /** One record per resolved turn, in order. */
  turns: TurnRecord[];
  final: ReplaySummary;
  parent?: ReplayParent;
}

export function replayIdOf(scenarioHashValue: string, seed: string, policy: Policy, actions: readonly Action[]): string {
  return hashJson({ scenarioHash: scenarioHashValue, seed, policy, actions });
}

export function snapshotCountries(state: GameState): Record<string, CountrySnapshot> {
  const out: Record<string, CountrySnapshot> = {};
  for (const id of Object.keys(state.countries).sort()) {
    const c = state.countries[id];
    if (!c) continue;
    out[id] = {
      relations: c.relations,
      enforcement: c.enforcement,
      shipped: c.shipped,
      diverted: c.diverted,
      divertedDetected: c.divertedDetected,
      dealChips: c.deal ? c.deal.terms.chips : null,
    };
  }
  return out;
}

export function turnRecordOf(state: GameState, hash: string): TurnRecord {
  return { turn: state.turn - 1, hash, tracks: { ...state.tracks }, countries: snapshotCountries(state) };
}

export function summaryOf(state: GameState, hash: string): ReplaySummary {
  const deals: Record<string, DealSummary> = {};
  for (const id of Object.keys(state.countries).sort()) {
    const deal = state.countries[id]?.deal;
    if (deal) deals[id] = { ...deal.terms, signedTurn: deal.signedTurn };
  }
  return { status: state.status, turn: state.turn, hash, outcome: state.outcome, tracks: { ...state.tracks }, deals };
}
