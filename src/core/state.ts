// Game state, actions and what a step reports. All plain JSON: no classes, no Map or Set, no functions,
// so any state can be serialized, hashed, restored and continued.
import type { Condition, EventEffect, Policy, Scenario, Temperament } from "./scenario/schema";

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
  /** The deal's term in months; absent in an offer: the country's preferred term. A signed deal always has one. */
  months?: number;
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
  /** The country's counter-offer, which the player may accept until the month ends (then it lapses). */
  counter: Terms | null;
  /** Turn the talks opened: the country's concession clock runs on months in talks, not on offers. */
  startedTurn: number;
  /**
   * Per-mille added to the country's ask by how the US bargains (tit-for-tat): negative after US concessions
   * (it reciprocates half of each), positive after unchanged, tougher or insulting offers.
   */
  firmness: number;
  /** Months of patience the country has lost to unchanged, tougher or insulting offers. */
  patienceLost: number;
}

export interface Deal {
  terms: Terms;
  signedTurn: number;
  /**
   * Investment still promised under this deal, billions: terms.investment at signing, less instalments the
   * country missed (default). It arrives in monthly instalments; only what arrived counts (tracks.investment).
   */
  pledge: number;
  /** Billions paid so far towards this deal's pledge (a renegotiated deal carries over what the old one paid). */
  paid: number;
  /** The country's utility for these terms when signed, per-mille: the precedent its peers will cite. */
  countryUtility: number;
  /** What the country would have settled for when it signed (its effective reservation), per-mille: the debrief's yardstick. */
  countryReservation: number;
  /** The turn the deal ends (exclusive): it ships through endTurn - 1, then lapses unless renewed. */
  endTurn: number;
  /** How well its safeguards are honoured, per-mille (1000 = in full): they erode unless audited each month. */
  compliance: number;
  /** The last turn its safeguards were audited (-1: never). */
  auditedTurn: number;
  /** Violations detected under it so far. */
  violations: number;
  /** The country's demand when the deal was signed or renewed (what a renewal's ask for growth is measured against). */
  demandAtSigning: number;
}

/** Values the player learns only by bargaining or intelligence; the debrief reveals them. */
export interface HiddenValues {
  reservation: number;
  temperament: Temperament;
  /** Months in talks before the country gives up (its deadline). */
  patience: number;
}

/** A peer's deal as a precedent: what it gave away on each issue (per-mille parts of utility), fading with age. */
export interface Precedent {
  peer: string;
  turn: number;
  parts: IssueParts;
}

export interface IssueParts { chips: number; investment: number; tariffs: number; sovereignty: number }

/** The rival's (the scenario's adversary's) offer on a country's table: an outside option that raises its reservation. */
export interface RivalOffer {
  rival: string;
  turn: number;
  /** Last turn the offer stands (inclusive). */
  until: number;
  /** Per-mille added to the country's reservation while it stands. */
  boost: number;
}

/** What an intelligence action revealed about a country, as of the turn it was gathered. */
export interface IntelReport {
  turn: number;
  /** Effective reservation utility that month, per-mille. */
  reservation: number;
  /** What it would ask that month if an offer came, per-mille. */
  ask: number;
  temperament: Temperament;
  /** Months of patience left in the talks (its whole patience when no talks are open). */
  patienceLeft: number;
  priorities: IssueParts;
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
  /** Whether its risky entities are on the entity list now (until listedUntil). */
  entityListed: boolean;
  /** Turn the listing lapses unless renewed (exclusive); 0 when never listed. */
  listedUntil: number;
  brokenDeals: number;
  /** Peers' deals it cites, one per peer (the latest): they raise its demands on the issues they gave away, fading over months. */
  precedents: Precedent[];
  /** The rival's offer on its table, or null. */
  rivalOffer: RivalOffer | null;
  /** Billions this country has paid to the US over all its deals: never more than its investmentCapacity. */
  invested: number;
  /** The last intelligence report on it, or null. */
  intel: IntelReport | null;
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
  /** Investment that has arrived in the US under deals (pledges are paid in monthly instalments), billions of dollars. */
  investment: number;
  /** Tariff concessions in force (the sum of the deals' tariff cuts), points. */
  tariffConcessions: number;
  /** US share of US + adversary frontier compute, per-mille. */
  usLead: number;
  /** The adversary's grievance against US controls (0-100): listings, crackdowns and denials raise it; past a point it retaliates. */
  rivalGrievance: number;
}

export type TrackName = keyof Tracks;

/** A decision the game itself raises about a country: a deal up for renewal, a violation, a country's request. */
export type GeneratedKind = "renewal" | "violation" | "campus" | "exemption" | "complaint";
export const GENERATED_KINDS: readonly GeneratedKind[] = ["renewal", "violation", "campus", "exemption", "complaint"];

export interface GeneratedOption {
  /** renew, their-terms, tighten, lapse, suspend, look-away, grant, grant-verified, decline, reassure... (the UI's text keys). */
  id: string;
  effects: EventEffect[];
}

export interface GeneratedDecision {
  kind: GeneratedKind;
  country: string;
  /** The other country a complaint is about. */
  about?: string;
  options: GeneratedOption[];
  /** The option that applies when the deadline passes unanswered. */
  default: string;
  /** Numbers the texts quote (chips, months, safeguards...). */
  params: Record<string, string | number>;
}

/** A dilemma waiting for the player's answer. */
export interface OpenDilemma {
  /** The scenario event that asks it, or a generated decision's id (kind/country/turn). */
  event: string;
  openedTurn: number;
  /** The last turn to answer; when it ends unanswered, the default option applies. */
  deadlineTurn: number;
  /** A decision the game raised (renewal, violation, request), with its own options; absent for a scenario dilemma. */
  generated?: GeneratedDecision;
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
  "licence-to-adversary", "pledge-beyond-capacity", "insulting-offer", "stubborn-offer", "intelligence", "pledge-cancelled",
  "tariffs-withdrawn", "listing-renewed", "listing-allies-object",
  // the month's resolution
  "licence-expired", "deal-shipments", "licensed-shipments", "baseline-shipments", "diversion", "diversion-detected",
  "diversion-scandal", "demand-unmet", "deal-delivering", "market-size", "alternatives-mature", "us-buildout",
  "adversary-domestic-chips", "diverted-chips", "licensed-to-adversary", "compute-balance", "unmet-demand",
  "licences-left-pending", "capital-regained", "industry-lobbying", "congressional-scrutiny", "allies-supplied",
  "news-cycle-fades", "demand-growth", "pledge-instalment", "pledge-default", "talks-lapsed", "rival-offer", "rival-offer-lapsed",
  "listing-lapsed", "diversion-displaced", "listing-lost-sales",
  // dilemmas and the rival
  "dilemma-answered", "dilemma-default", "dilemma-effect", "granted-shipments", "rival-grievance", "grievance-fades",
  "rival-retaliation", "rival-purchase-ban", "rival-courting", "allies-object-adversary-sales", "allies-fear-lax-deals",
  // deal terms, compliance and countries' requests
  "audit", "compliance-eroded", "compliance-held", "deal-expired", "deal-renewed", "deal-lapse-chosen", "deal-tightened",
  "allocation-changed", "violation-detected", "renewal-asked", "request-made", "decision-ignored",
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
  | { type: "intelligence"; country: string }
  | { type: "licence"; id: string; decision: "approve" | "deny" }
  | { type: "briefCongress" }
  | { type: "answerDilemma"; event: string; option: string }
  | { type: "audit"; country: string }
  | { type: "endTurn" };

export type ActionType = Action["type"];

export type ReplyReason =
  | { code: "wants-more-chips"; atLeast: number }
  | { code: "investment-too-high"; atMost: number }
  | { code: "tariff-too-high"; atMost: number }
  | { code: "condition-unacceptable"; condition: Condition | "enforcementCooperation" }
  | { code: "peer-precedent"; peer: string; issues: Array<keyof IssueParts> }
  | { code: "deadline-reached" }
  | { code: "below-reservation" }
  | { code: "beyond-capacity"; capacity: number }
  | { code: "beyond-tariff-room"; room: number }
  | { code: "insulted" }
  | { code: "reciprocates" }
  | { code: "repeated-offer" }
  | { code: "tougher-offer" }
  | { code: "lost-patience" }
  | { code: "rival-offer"; rival: string }
  | { code: "us-deadline" }
  | { code: "prefers-term"; months: number };

export type GameEvent =
  | { type: "reply"; country: string; reply: "accept" | "counter" | "walkAway"; terms: Terms | null; reasons: ReplyReason[] }
  | { type: "dealSigned"; country: string; terms: Terms }
  | { type: "dealSuspended"; country: string; forCause: boolean }
  | { type: "rivalOffer"; country: string; rival: string }
  | { type: "talksLapsed"; country: string }
  | { type: "news"; eventId: string }
  | { type: "dilemma"; eventId: string; deadlineTurn: number }
  | { type: "dealExpired"; country: string }
  | { type: "dilemmaAnswered"; eventId: string; option: string; byDefault: boolean }
  | { type: "retaliation"; kind: "controls" | "purchase-ban" }
  | { type: "scandal"; country: string; detected: number }
  | { type: "turnEnded"; turn: number }
  | { type: "gameOver"; outcome: Outcome }
  | { type: "ledger"; entry: LedgerEntry };

export type StepResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; code: string; message: string };
