// Game state, actions and what a step reports. All plain JSON: no classes, no Map or Set, no functions,
// so any state can be serialized, hashed, restored and continued.
import type { Condition, Policy, Scenario, Temperament } from "./scenario/schema";

export type ConditionSet = Record<Condition, boolean>;

/** What the US offers and asks for in a deal. */
export interface Terms {
  /** Chips shipped each month, H100-equivalents. */
  chips: number;
  conditions: ConditionSet;
  /** Investment pledged to the US, billions of dollars. */
  investment: number;
  /** Tariff concessions, points. */
  tariffCut: number;
  enforcementCooperation: boolean;
}

export interface OfferRecord {
  turn: number;
  round: number;
  by: "us" | "them";
  terms: Terms;
  /** For the country's counter-offers: why it asked for these terms. */
  reasons?: ReplyReason[];
}

/** A negotiation that ended: kept so the country panel and the debrief can show how it went. */
export interface ClosedTalks {
  endedTurn: number;
  outcome: "deal" | "country-walked-away" | "us-walked-away";
  offers: OfferRecord[];
}

export interface Negotiation {
  /** Offers the country has answered so far. */
  round: number;
  offers: OfferRecord[];
  /** The country's standing counter-offer, which the player may accept. */
  counter: Terms | null;
}

export interface Deal {
  terms: Terms;
  signedTurn: number;
  /** The country's utility for these terms when signed, per-mille: the precedent its peers will cite. */
  countryUtility: number;
  /** What the country would have settled for when it signed (its effective reservation), per-mille: the debrief's yardstick. */
  countryReservation: number;
}

/** Values the player learns only by bargaining; the debrief reveals them. */
export interface HiddenValues {
  reservation: number;
  temperament: Temperament;
  patience: number;
}

export interface CountryState {
  id: string;
  relations: number;
  enforcement: number;
  hubExposure: number;
  adversaryTies: number;
  dependence: number;
  demand: number;
  hidden: HiddenValues;
  negotiation: Negotiation | null;
  /** Negotiations that ended, oldest first. */
  closedTalks: ClosedTalks[];
  deal: Deal | null;
  /** Turn until which the country refuses to talk after a walk-out (exclusive). */
  cooldownUntil: number;
  crackdownUntil: number;
  entityListed: boolean;
  brokenDeals: number;
  /** Highest utility a peer has been granted, per-mille: a generous precedent raises this country's demands. */
  precedent: number;
  offersThisTurn: number;
  /** Cumulative chips: shipped = inUse + diverted. */
  shipped: number;
  inUse: number;
  diverted: number;
  divertedDetected: number;
  lastDetectedTurn: number;
  /** Expected diversion rate of the last shipments, per-mille (for the map's risk layer). */
  riskPm: number;
  /** Tiered regime: chips counted so far against the country's cumulative Tier 2 cap. */
  capUsed: number;
}

export interface Tracks {
  politicalCapital: number;
  hawkishness: number;
  alliedTrust: number;
  industryPressure: number;
  usEnforcement: number;
  alternativeMaturity: number;
  usCompute: number;
  adversaryCompute: number;
  leakageTrue: number;
  leakageDetected: number;
  /** Export revenue, millions of dollars. */
  revenue: number;
  /** Revenue had every non-adversary's demand been met, millions of dollars (the economy score's yardstick). */
  potentialRevenue: number;
  /** Investment pledged to the US, billions of dollars. */
  investment: number;
  tariffConcessions: number;
  /** US share of US + adversary frontier compute, per-mille. */
  usLead: number;
  /** The adversary's grievance against US controls (0-100): listings, crackdowns and denials raise it; past a point it retaliates. */
  rivalGrievance: number;
}

export type TrackName = keyof Tracks;

/** A dilemma waiting for the player's answer. */
export interface OpenDilemma {
  /** The scenario event that asks it. */
  event: string;
  openedTurn: number;
  /** The last turn to answer; when it ends unanswered, the default option applies. */
  deadlineTurn: number;
}

/** A dilemma answered, by the player or by default. */
export interface AnsweredDilemma {
  event: string;
  option: string;
  turn: number;
  byDefault: boolean;
}

/** A standing licence: chips shipped to a country every month until untilTurn (exclusive). */
export interface Grant {
  country: string;
  chips: number;
  fromTurn: number;
  untilTurn: number;
  /** The event (and option) that granted it. */
  event: string;
}

export interface LicenceRequest {
  id: string;
  country: string;
  /** Chips a month while the licence runs. */
  chips: number;
  /** How many months the licence runs once approved (a standing licence). */
  months: number;
  turn: number;
  decision: "pending" | "approved" | "denied";
}

/**
 * Every cause a ledger entry can give. A message catalogue typed Record<LedgerCause, ...> is then checked
 * for completeness by the compiler.
 */
export const LEDGER_CAUSES = [
  // player actions
  "deal-signed", "investment-pledged", "tariff-concession", "enforcement-cooperation", "reply-accept", "reply-counter",
  "reply-walkAway", "talks-collapsed", "us-walked-away", "deal-suspended", "deal-suspended-for-cause", "ally-deal-broken",
  "crackdown", "crackdown-started", "entity-listing", "brief-congress", "licence-approved", "licence-denied",
  "licence-to-adversary",
  // the month's resolution
  "licence-expired", "deal-shipments", "licensed-shipments", "baseline-shipments", "diversion", "diversion-detected",
  "diversion-scandal", "demand-unmet", "deal-delivering", "market-size", "alternatives-mature", "us-buildout",
  "adversary-domestic-chips", "diverted-chips", "licensed-to-adversary", "compute-balance", "unmet-demand",
  "licences-left-pending", "capital-regained", "industry-lobbying", "congressional-scrutiny", "allies-supplied",
  "news-cycle-fades", "demand-growth",
  // dilemmas and the rival
  "dilemma-answered", "dilemma-default", "dilemma-effect", "granted-shipments", "rival-grievance", "grievance-fades",
  "rival-retaliation", "rival-purchase-ban", "rival-courting", "allies-object-adversary-sales", "allies-fear-lax-deals",
  // the event deck
  "news", "event", "event-relations", "event-enforcement", "event-hubExposure", "event-adversaryTies", "event-dependence", "event-demand",
] as const;
export type LedgerCause = (typeof LEDGER_CAUSES)[number];

/** One change to a tracked quantity, with its cause: the ledger that the UI, debrief and CLI all render. */
export interface LedgerEntry {
  turn: number;
  track: TrackName | "relations" | "enforcement" | "deal" | "negotiation" | "event" | "licence" | "demand" | "dilemma" | "dependence" | "adversaryTies";
  country?: string;
  delta: number;
  cause: LedgerCause;
  params?: Record<string, string | number | boolean | string[]>;
}

export interface ScoreBreakdown {
  security: number;
  economy: number;
  alliances: number;
  total: number;
  grade: "A" | "B" | "C" | "D" | "F";
}

export interface Outcome {
  result: "completed" | "dismissed" | "lead-lost";
  turn: number;
  score: ScoreBreakdown;
}

export interface GameState {
  format: "chip-diplomacy/state";
  version: 1;
  /** The scenario itself; left out of the state hash, which covers it through scenarioHash. */
  scenario: Scenario;
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  policy: Policy;
  turn: number;
  status: "playing" | "over";
  outcome: Outcome | null;
  tracks: Tracks;
  /** Tracks at the start of the game and after every turn: the sparklines and the debrief's charts. */
  history: Tracks[];
  countries: Record<string, CountryState>;
  licences: LicenceRequest[];
  briefedThisTurn: boolean;
  actionsThisTurn: number;
  firedEvents: string[];
  /** Dilemmas waiting for an answer, oldest first. */
  dilemmas: OpenDilemma[];
  /** Dilemmas answered so far, in order. */
  dilemmaAnswers: AnsweredDilemma[];
  /** Standing licences granted by dilemma answers and events. */
  grants: Grant[];
  /** Ledger entries of each turn, ledger[turn]. */
  ledger: LedgerEntry[][];
}

export type Action =
  | { type: "offer"; country: string; terms: Terms }
  | { type: "acceptCounter"; country: string }
  | { type: "walkAway"; country: string }
  | { type: "suspendDeal"; country: string }
  | { type: "crackdown"; country: string }
  | { type: "entityList"; country: string }
  | { type: "licence"; id: string; decision: "approve" | "deny" }
  | { type: "briefCongress" }
  | { type: "answerDilemma"; event: string; option: string }
  | { type: "endTurn" };

export type ActionType = Action["type"];

export type ReplyReason =
  | { code: "wants-more-chips"; atLeast: number }
  | { code: "investment-too-high"; atMost: number }
  | { code: "tariff-too-high"; atMost: number }
  | { code: "condition-unacceptable"; condition: Condition | "enforcementCooperation" }
  | { code: "peer-precedent"; peer: string }
  | { code: "deadline-reached" }
  | { code: "below-reservation" };

export type GameEvent =
  | { type: "reply"; country: string; reply: "accept" | "counter" | "walkAway"; terms: Terms | null; reasons: ReplyReason[] }
  | { type: "dealSigned"; country: string; terms: Terms }
  | { type: "dealSuspended"; country: string; forCause: boolean }
  | { type: "news"; eventId: string }
  | { type: "dilemma"; eventId: string; deadlineTurn: number }
  | { type: "dilemmaAnswered"; eventId: string; option: string; byDefault: boolean }
  | { type: "retaliation"; kind: "controls" | "purchase-ban" }
  | { type: "scandal"; country: string; detected: number }
  | { type: "turnEnded"; turn: number }
  | { type: "gameOver"; outcome: Outcome }
  | { type: "ledger"; entry: LedgerEntry };

export type StepResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; code: string; message: string };
