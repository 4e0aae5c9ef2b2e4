// The month's resolution when the player ends the turn: shipments, leakage, revenue, alternatives,
// pressure, political capital, trust, events, then the next month's licence requests and the end checks.
import { changeCountry, changeTrack, countryOf, record, type StepContext } from "./context";
import { monthIndex } from "./calendar";
import { diversionRatePm, drawDiversion, riskReasons, type RiskFactors } from "./leakage";
import { displacedChips, displacementTarget, lapseListings } from "./listing";
import { collectPledges } from "./pledges";
import { runRivalOffers } from "./rivalOffers";
import { mulDiv, PER_MILLE, shareOf, stepTowards } from "./math";
import { runEvents } from "./events";
import { scoreOf } from "./scoring";
import { countAgainstCap, profileOf, regularShipments, revenueOf, securedShipments } from "./shipments";
import { fileLicences } from "./licences";
import { applyDefaults, grantedChips, openDilemma } from "./dilemmas";
import { rivalMoves } from "./rival";
import { alliesReact } from "./alliances";
import { dealsMonth } from "./deals";
import type { Tracks } from "./state";

const PRESSURE_RESPONSE_PM = 250;
const TRUST_RESPONSE_PM = 200;
const HAWKISHNESS_DECAY_PM = 100;
/** Detected diversions below this many chips in a month are routine catches, not scandals. */
export const SCANDAL_THRESHOLD = 1_000;

export function usLeadOf(tracks: Pick<Tracks, "usCompute" | "adversaryCompute">): number {
  return shareOf(tracks.usCompute, tracks.usCompute + tracks.adversaryCompute);
}

interface MonthTotals { shippedFriendly: number; demandFriendly: number; allyShipped: number; allyDemand: number; diverted: number; toAdversary: number; metPm: Record<string, number> }

function shipAndLeak(ctx: StepContext): MonthTotals {
  const state = ctx.state;
  const totals: MonthTotals = { shippedFriendly: 0, demandFriendly: 0, allyShipped: 0, allyDemand: 0, diverted: 0, toAdversary: 0, metPm: {} };
  let scandalChips = 0;
  const scandalCountries: string[] = [];
  for (const profile of state.scenario.countries) {
    const country = state.countries[profile.id];
    if (!country) continue;
    const granted = grantedChips(state, country.id);
    const shipped = regularShipments(state, country, profile) + granted;
    // Chips for Validated End User data centres (tiered rule only) are held closed to diversion.
    const divertible = shipped - securedShipments(state, country, profile, shipped);
    countAgainstCap(state, country, profile, shipped);
    if (granted > 0) record(ctx, { track: "licence", country: country.id, delta: granted, cause: "granted-shipments" });
    if (!profile.adversary) {
      totals.metPm[country.id] = shareOf(shipped, country.demand);
      totals.demandFriendly += country.demand;
      totals.shippedFriendly += Math.min(shipped, country.demand);
      if (profile.ally) { totals.allyDemand += country.demand; totals.allyShipped += Math.min(shipped, country.demand); }
      metDemandDrift(ctx, country.id, shipped);
    }
    if (shipped === 0) continue;
    country.shipped += shipped;
    changeTrack(ctx, "revenue", revenueOf(state, shipped), country.deal ? "deal-shipments" : granted > 0 ? "licensed-shipments" : "baseline-shipments", { chips: shipped }, country.id);
    if (profile.adversary) {
      // Licensed sales to an adversary (the H20 precedent) feed its compute directly.
      country.inUse += shipped;
      totals.toAdversary += shipped;
      continue;
    }
    const diversion = drawDiversion(state, country, divertible);
    country.riskPm = diversion.rate;
    if (country.entityListed) totals.diverted += displace(ctx, country.id, divertible, diversion.rate, diversion.factors);
    country.inUse += shipped - diversion.diverted;
    country.diverted += diversion.diverted;
    totals.diverted += diversion.diverted;
    if (diversion.diverted === 0) continue;
    const why = riskReasons(diversion.factors);
    changeTrack(ctx, "leakageTrue", diversion.diverted, "diversion", { reasons: why, ratePm: diversion.rate, shipped }, country.id);
    if (!diversion.detected) continue;
    const weighted = detection(ctx, country.id, diversion.diverted, why);
    if (weighted > 0) { scandalChips += weighted; scandalCountries.push(country.id); }
  }
  scandalCost(ctx, scandalChips, scandalCountries);
  return totals;
}

/**
 * Part of the diversion a listing averts re-routes through the next most exposed hub, undetected: front
 * companies there buy the chips (shipped) and pass them on (diverted).
 */
function displace(ctx: StepContext, from: string, shipped: number, rate: number, factors: RiskFactors): number {
  const state = ctx.state;
  const unlisted = diversionRatePm(state.scenario.globals.maxLeakRate, { ...factors, entityListed: false });
  const chips = displacedChips(shipped, rate, unlisted);
  const via = displacementTarget(state, from);
  const hub = via ? state.countries[via] : undefined;
  if (chips === 0 || !hub) return 0;
  hub.shipped += chips;
  hub.diverted += chips;
  changeTrack(ctx, "leakageTrue", chips, "diversion-displaced", { from, chips }, hub.id);
  return chips;
}

/**
 * A detected diversion. Small catches are routine enforcement; a large one makes the news. Returns the
 * chips that count towards this month's scandal: half when the deal's own safeguards (location
 * verification, audits, US-managed sites) caught it, since Congress then sees the system working.
 */
function detection(ctx: StepContext, id: string, detected: number, reasons: string[]): number {
  const country = ctx.state.countries[id];
  if (!country) return 0;
  country.divertedDetected += detected;
  country.lastDetectedTurn = ctx.state.turn;
  changeTrack(ctx, "leakageDetected", detected, "diversion-detected", { reasons }, id);
  if (detected < SCANDAL_THRESHOLD) return 0;
  ctx.events.push({ type: "scandal", country: id, detected });
  changeCountry(ctx, country, "relations", -3, "diversion-scandal", { chips: detected });
  const terms = country.deal?.terms;
  const caughtBySafeguards = terms !== undefined && (terms.conditions.locationVerification || terms.conditions.onSiteAudits || terms.conditions.usManagedDatacenters);
  return caughtBySafeguards ? Math.floor(detected / 2) : detected;
}

/** The month's diversion scandals make one story in Washington, sized by the chips involved. */
function scandalCost(ctx: StepContext, weightedChips: number, countries: string[]): void {
  if (countries.length === 0) return;
  const params = { chips: weightedChips, countries };
  changeTrack(ctx, "hawkishness", Math.min(15, 2 + Math.floor(weightedChips / 1500)), "diversion-scandal", params);
  changeTrack(ctx, "politicalCapital", -Math.min(12, 2 + Math.floor(weightedChips / 2500)), "diversion-scandal", params);
}

/** Countries starved of chips cool towards the US; partners with deals warm up. */
function metDemandDrift(ctx: StepContext, id: string, shipped: number): void {
  const country = ctx.state.countries[id];
  if (!country || country.demand === 0) return;
  const met = shareOf(shipped, country.demand);
  if (met < 300) changeCountry(ctx, country, "relations", -1, "demand-unmet");
  else if (country.deal && met >= 700) changeCountry(ctx, country, "relations", 1, "deal-delivering");
}

/** Data-centre build-out: demand grows, and a deal's fixed allocation covers less of it month by month. */
function growDemand(ctx: StepContext): void {
  let added = 0;
  for (const profile of ctx.state.scenario.countries) {
    const country = ctx.state.countries[profile.id];
    if (!country || profile.demandGrowth === 0) continue;
    const growth = mulDiv(country.demand, profile.demandGrowth, PER_MILLE);
    country.demand += growth;
    added += growth;
  }
  if (added > 0) record(ctx, { track: "demand", delta: added, cause: "demand-growth" });
}

function worldDrift(ctx: StepContext, totals: MonthTotals): void {
  const { state } = ctx;
  const g = state.scenario.globals;
  const unmet = PER_MILLE - shareOf(totals.shippedFriendly, totals.demandFriendly);
  changeTrack(ctx, "potentialRevenue", revenueOf(state, totals.demandFriendly), "market-size");
  // Buyers turned away buy alternatives, which mature faster: waiting costs leverage.
  changeTrack(ctx, "alternativeMaturity", g.alternativeGrowth + mulDiv(unmet, 20, PER_MILLE), "alternatives-mature", { unmetPm: unmet });
  changeTrack(ctx, "usCompute", g.usComputeGrowth, "us-buildout");
  changeTrack(ctx, "adversaryCompute", mulDiv(g.adversaryDomesticOutput, state.tracks.alternativeMaturity, PER_MILLE), "adversary-domestic-chips");
  if (totals.diverted > 0) changeTrack(ctx, "adversaryCompute", totals.diverted, "diverted-chips");
  if (totals.toAdversary > 0) changeTrack(ctx, "adversaryCompute", totals.toAdversary, "licensed-to-adversary");
  const lead = usLeadOf(state.tracks);
  changeTrack(ctx, "usLead", lead - state.tracks.usLead, "compute-balance");

  const pressureTarget = Math.floor(unmet / 10);
  changeTrack(ctx, "industryPressure", stepTowards(state.tracks.industryPressure, pressureTarget, PRESSURE_RESPONSE_PM), "unmet-demand", { unmetPm: unmet });
  const pending = state.licences.filter((l) => l.decision === "pending").length;
  if (pending > 0) changeTrack(ctx, "industryPressure", 2 * pending, "licences-left-pending", { count: pending });

  changeTrack(ctx, "politicalCapital", g.politicalCapitalRegen, "capital-regained");
  if (state.tracks.industryPressure > 60) changeTrack(ctx, "politicalCapital", -Math.floor((state.tracks.industryPressure - 55) / 6), "industry-lobbying", { pressure: state.tracks.industryPressure });
  if (state.tracks.hawkishness > 70) changeTrack(ctx, "politicalCapital", -Math.floor((state.tracks.hawkishness - 65) / 6), "congressional-scrutiny", { hawkishness: state.tracks.hawkishness });

  if (totals.allyDemand > 0) {
    const trustTarget = Math.floor(shareOf(totals.allyShipped, totals.allyDemand) / 10);
    changeTrack(ctx, "alliedTrust", stepTowards(state.tracks.alliedTrust, trustTarget, TRUST_RESPONSE_PM), "allies-supplied", { metPm: shareOf(totals.allyShipped, totals.allyDemand) });
  }
  changeTrack(ctx, "hawkishness", stepTowards(state.tracks.hawkishness, state.scenario.globals.hawkishness, HAWKISHNESS_DECAY_PM), "news-cycle-fades");
}

function endChecks(ctx: StepContext): void {
  const state = ctx.state;
  const lost: "dismissed" | "lead-lost" | null = state.tracks.politicalCapital <= 0 ? "dismissed"
    : PER_MILLE - state.tracks.usLead >= state.scenario.scoring.adversaryShareLimit ? "lead-lost" : null;
  if (!lost && state.turn < state.scenario.turns) return;
  state.status = "over";
  state.outcome = { result: lost ?? "completed", turn: state.turn, score: scoreOf(state, lost !== null) };
  ctx.events.push({ type: "gameOver", outcome: state.outcome });
}

/** Counters lapse at the month's end; talks whose deadline has passed lapse too (the country leaves). */
function closeMonthOfTalks(ctx: StepContext): void {
  const state = ctx.state;
  for (const [id, country] of Object.entries(state.countries)) {
    const talks = country.negotiation;
    if (!talks) continue;
    const deadline = talks.startedTurn + country.hidden.patience - talks.patienceLost;
    if (state.turn < deadline) {
      if (talks.counter) country.negotiation = { ...talks, counter: null };
      continue;
    }
    country.closedTalks = [...country.closedTalks, { endedTurn: state.turn, outcome: "country-walked-away", offers: talks.offers }];
    country.negotiation = null;
    country.cooldownUntil = state.turn + 2;
    ctx.events.push({ type: "talksLapsed", country: id });
    changeCountry(ctx, country, "relations", -2, "talks-lapsed");
  }
}

export function resolveTurn(ctx: StepContext): void {
  const state = ctx.state;
  const month = monthIndex(state.scenario.startDate) + state.turn;
  for (const licence of state.licences) {
    if (licence.decision !== "pending") continue;
    record(ctx, { track: "licence", country: licence.country, delta: 0, cause: "licence-expired", params: { id: licence.id } });
    // A request left unanswered is an answer too: the destination feels ignored.
    if (!profileOf(state, licence.country).adversary) changeCountry(ctx, countryOf(ctx, licence.country), "relations", -2, "licence-expired");
  }
  applyDefaults(ctx);
  const totals = shipAndLeak(ctx);
  collectPledges(ctx);
  worldDrift(ctx, totals);
  rivalMoves(ctx, totals.metPm);
  alliesReact(ctx, totals.toAdversary);
  dealsMonth(ctx);
  growDemand(ctx);
  runEvents(ctx, month, openDilemma);
  state.grants = state.grants.filter((g) => g.untilTurn > state.turn + 1);
  runRivalOffers(ctx);
  lapseListings(ctx);
  closeMonthOfTalks(ctx);
  for (const country of Object.values(state.countries)) country.offersThisTurn = 0;
  ctx.events.push({ type: "turnEnded", turn: state.turn });
  state.history.push({ ...state.tracks });
  state.turn += 1;
  state.briefedThisTurn = false;
  state.actionsThisTurn = 0;
  state.ledger[state.turn] = [];
  state.licences = state.turn < state.scenario.turns ? fileLicences(state) : [];
  endChecks(ctx);
}

