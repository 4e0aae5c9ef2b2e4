// A new game from a (validated) scenario and a seed.
import { hashJson } from "./hash";
import { stream } from "./rng";
import { TEMPERAMENTS, type Policy, type Scenario, type ScenarioCountry } from "./scenario/schema";
import type { CountryState, GameState, Tracks } from "./state";
import { usLeadOf } from "./turn";
import { fileLicences } from "./licences";

export interface NewGameOptions {
  /** Overrides the scenario's regime: the same seed under both regimes is the counterfactual a class discusses. */
  policy?: Policy;
}

function newCountry(seed: string, profile: ScenarioCountry): CountryState {
  const rng = stream(seed, "hidden", profile.id, 0);
  const reservation = rng.between(profile.reservation.min, profile.reservation.max);
  const drawnTemperament = TEMPERAMENTS[rng.int(TEMPERAMENTS.length)] ?? "linear";
  const patience = Math.max(1, profile.patience + rng.between(-1, 1));
  return {
    id: profile.id,
    relations: profile.relations,
    enforcement: profile.enforcement,
    hubExposure: profile.hubExposure,
    adversaryTies: profile.adversaryTies,
    dependence: profile.dependence,
    demand: profile.demand,
    hidden: { reservation, temperament: profile.temperament ?? drawnTemperament, patience },
    negotiation: null,
    closedTalks: [],
    deal: null,
    cooldownUntil: 0,
    crackdownUntil: 0,
    entityListed: false,
    listedUntil: 0,
    brokenDeals: 0,
    precedents: [],
    rivalOffer: null,
    invested: 0,
    intel: null,
    offersThisTurn: 0,
    shipped: 0,
    inUse: 0,
    diverted: 0,
    divertedDetected: 0,
    lastDetectedTurn: -1,
    riskPm: 0,
    capUsed: 0,
  };
}

// Scenarios are immutable once loaded; a batch starts thousands of games from the same object.
const scenarioHashes = new WeakMap<Scenario, string>();

export function scenarioHash(scenario: Scenario): string {
  let hash = scenarioHashes.get(scenario);
  if (hash === undefined) {
    hash = hashJson(scenario);
    scenarioHashes.set(scenario, hash);
  }
  return hash;
}

export function newGame(scenario: Scenario, seed: string, options: NewGameOptions = {}): GameState {
  const g = scenario.globals;
  const tracks: Tracks = {
    politicalCapital: g.politicalCapital,
    hawkishness: g.hawkishness,
    alliedTrust: g.alliedTrust,
    industryPressure: g.industryPressure,
    usEnforcement: g.usEnforcement,
    alternativeMaturity: g.alternativeMaturity,
    usCompute: g.usCompute,
    adversaryCompute: g.adversaryCompute,
    leakageTrue: 0,
    leakageDetected: 0,
    revenue: 0,
    potentialRevenue: 0,
    investment: 0,
    tariffConcessions: 0,
    usLead: 0,
    rivalGrievance: g.rivalGrievance,
  };
  tracks.usLead = usLeadOf(tracks);
  const countries: Record<string, CountryState> = {};
  for (const profile of scenario.countries) countries[profile.id] = newCountry(seed, profile);
  const state: GameState = {
    format: "chip-diplomacy/state",
    version: 1,
    scenario,
    scenarioId: scenario.id,
    scenarioHash: scenarioHash(scenario),
    seed: String(seed),
    policy: options.policy ?? scenario.policy,
    turn: 0,
    status: "playing",
    outcome: null,
    tracks,
    history: [{ ...tracks }],
    countries,
    licences: [],
    briefedThisTurn: false,
    actionsThisTurn: 0,
    firedEvents: [],
    dilemmas: [],
    dilemmaAnswers: [],
    grants: [],
    ledger: [[]],
  };
  state.licences = fileLicences(state);
  return state;
}
