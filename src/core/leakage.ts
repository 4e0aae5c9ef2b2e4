// Diversion of shipped chips to adversaries: a rate driven by the destination's exposure (adversary ties,
// re-export hub), reduced by its enforcement, the deal's security conditions and US enforcement effort, and
// raised by volume. The amount and its detection are drawn from keyed streams (leakage/ and detection/).
import { mulDiv, PER_MILLE } from "./math";
import { stream } from "./rng";
import type { Condition } from "./scenario/schema";
import type { CountryState, GameState, Terms } from "./state";

/** Share of the risk each safeguard leaves in place, per-mille. */
export const CONDITION_RISK_LEFT: Record<Condition, number> = {
  kyc: 850,
  noAdversaryHardware: 900,
  usManagedDatacenters: 600,
  locationVerification: 650,
  onSiteAudits: 800,
};
/** What each safeguard adds to the chance of detecting a diversion, per-mille. */
const CONDITION_DETECTION: Record<Condition, number> = {
  kyc: 50,
  noAdversaryHardware: 30,
  usManagedDatacenters: 150,
  locationVerification: 250,
  onSiteAudits: 200,
};
export const CRACKDOWN_ENFORCEMENT_BONUS = 250;
export const ENTITY_LISTING_RISK_LEFT = 400;
const VOLUME_SCALE = 20_000;

export interface RiskFactors {
  exposure: number;
  enforcement: number;
  conditions: Condition[];
  entityListed: boolean;
  usEnforcement: number;
  volume: number;
  /** How well the deal's safeguards are honoured, per-mille (1000: in full; they erode unless audited). */
  compliance: number;
}

export function exposureOf(country: CountryState): number {
  return Math.floor((country.adversaryTies * 3 + country.hubExposure * 5) / 8);
}

export function effectiveEnforcement(country: CountryState, turn: number): number {
  return Math.min(PER_MILLE, country.enforcement + (country.crackdownUntil > turn ? CRACKDOWN_ENFORCEMENT_BONUS : 0));
}

function activeConditions(terms: Terms | null): Condition[] {
  if (!terms) return [];
  return (Object.keys(CONDITION_RISK_LEFT) as Condition[]).filter((c) => terms.conditions[c]);
}

export function riskFactors(state: GameState, country: CountryState, shipped: number): RiskFactors {
  return {
    exposure: exposureOf(country),
    enforcement: effectiveEnforcement(country, state.turn),
    conditions: activeConditions(country.deal?.terms ?? null),
    entityListed: country.entityListed,
    usEnforcement: state.tracks.usEnforcement,
    volume: shipped,
    compliance: country.deal?.compliance ?? PER_MILLE,
  };
}

/** Expected diversion rate, per-mille of chips shipped. */
export function diversionRatePm(maxLeakRate: number, f: RiskFactors): number {
  let rate = mulDiv(maxLeakRate, f.exposure, PER_MILLE);
  rate = mulDiv(rate, PER_MILLE - mulDiv(f.enforcement, 600, PER_MILLE), PER_MILLE);
  // A safeguard honoured at compliance c removes c of the risk it would remove in full.
  for (const condition of f.conditions) rate = mulDiv(rate, PER_MILLE - mulDiv(PER_MILLE - CONDITION_RISK_LEFT[condition], f.compliance, PER_MILLE), PER_MILLE);
  if (f.entityListed) rate = mulDiv(rate, ENTITY_LISTING_RISK_LEFT, PER_MILLE);
  rate = mulDiv(rate, PER_MILLE - f.usEnforcement * 4, PER_MILLE);
  // Large volumes are harder to track: up to +50 %.
  const volumeFactor = PER_MILLE + Math.floor((500 * f.volume) / (f.volume + VOLUME_SCALE));
  return mulDiv(rate, volumeFactor, PER_MILLE);
}

export function detectionPm(baseDetection: number, f: RiskFactors): number {
  let p = baseDetection + mulDiv(f.enforcement, 300, PER_MILLE) + f.usEnforcement * 2;
  for (const condition of f.conditions) p += mulDiv(CONDITION_DETECTION[condition], f.compliance, PER_MILLE);
  return Math.min(950, p);
}

export interface Diversion { rate: number; diverted: number; detected: boolean; factors: RiskFactors }

export function drawDiversion(state: GameState, country: CountryState, shipped: number): Diversion {
  const factors = riskFactors(state, country, shipped);
  const rate = diversionRatePm(state.scenario.globals.maxLeakRate, factors);
  const expected = mulDiv(shipped, rate, PER_MILLE);
  // Uniform multiplier in [0, 2): the mean is the expected diversion, and quiet months happen.
  const draw = stream(state.seed, "leakage", country.id, state.turn).int(2000);
  const diverted = Math.min(shipped, mulDiv(expected, draw, PER_MILLE));
  const detected = diverted > 0 && stream(state.seed, "detection", country.id, state.turn).chancePm(detectionPm(state.scenario.globals.baseDetection, factors));
  return { rate, diverted, detected, factors };
}

/** Plain-language factors for the ledger: why a diversion happened. */
export function riskReasons(f: RiskFactors): string[] {
  const reasons: string[] = [];
  if (f.exposure >= 500) reasons.push("high-exposure");
  if (f.enforcement < 400) reasons.push("weak-enforcement");
  if (!f.conditions.includes("locationVerification")) reasons.push("no-location-verification");
  if (!f.conditions.includes("kyc")) reasons.push("no-kyc");
  if (f.volume >= VOLUME_SCALE) reasons.push("large-volume");
  return reasons;
}
