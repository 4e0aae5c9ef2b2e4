// The core's public entry. Everything here is pure: no Phaser, no DOM, no Node, no clock, and no randomness but the seeded streams of rng.ts.
export { newGame, scenarioHash, type NewGameOptions } from "./newGame";
export { step, replayActions } from "./step";
export { stateHash } from "./stateHash";
export { canonicalJson, hashJson, hashString } from "./hash";
export { checkAction, dealCost, COSTS, CRACKDOWN_TURNS, canNegotiate } from "./actions";
export {
  countryUtility, effectiveReservation, aspiration, leverage, respond, currentAsk, patienceLeft, pledgeRoom, monthsInTalks, precedentPull,
  standingRivalOffer, usClock, MAX_OFFERS_PER_TURN, INSULT_GAP, RECIPROCITY_PM, STIFFEN, PRECEDENT_FADE_MONTHS, ISSUES, type Issue,
} from "./negotiation";
export { PLEDGE_MONTHS, defaultRiskPm, instalmentOf } from "./pledges";
export { LISTING, renewable, displacementTarget } from "./listing";
export { RIVAL, rivalOf } from "./rivalOffers";
export { diversionRatePm, detectionPm, exposureOf, riskFactors, CONDITION_RISK_LEFT, type RiskFactors } from "./leakage";
export { regularShipments, revenueOf, profileOf, findProfile, securedShipments } from "./shipments";
export { scoreOf } from "./scoring";
export { previewAction, previewOffer, visibleScore, estimatedLeakage, expectedRiskPm, type ActionPreview, type OfferPreview, type OfferSide } from "./preview";
export { turnDate, monthIndex, yearMonthOf } from "./calendar";
export { BOTS, BOT_NAMES, DESIGNED_BOTS, BALANCED, HAWK, DEALMAKER, safeguardsFor } from "./bots/bots";
export { RESTRICTED_BOTS, hubsOf } from "./bots/restricted";
export { parametricBot, searchedBot, openingTerms, moveTowards, informedOffer, intelTarget, PARAM_BOUNDS, PARAM_KEYS, type StrategyParams } from "./bots/parametric";
export { playResult, judgeBalance, mean, sd, pooledSd, marginInSd, summarise, type GameResult, type BotSummary, type Criterion, type BalanceInput } from "./bots/balance";
export { searchStrategies, mutate, type SearchOptions, type SearchResult } from "./bots/search";
export { playGame, playOn, type PlayedGame, type PlayOptions } from "./bots/run";
export { NO_CONDITIONS, type Bot } from "./bots/strategy";
export { parseScenarioText, validateScenario } from "./scenario/validate";
export { calibrate, type Calibration, type CalibrationWarning } from "./scenario/calibrate";
export * from "./scenario/schema";
export { parseJsonText, formatPath, problemLine, type Problem, type Checked } from "./problems";
export { MAX_PROBLEMS } from "./problemCap";
export type * from "./state";
export { LEDGER_CAUSES, GENERATED_KINDS } from "./state";
export { COMPLIANCE, TERM_BOUNDS, VIOLATION, auditProblem, erosionOf, hasSafeguards, preferredTerm, termOf } from "./deals";
export * from "./replay/index";
export { measureDecisions, actingOnlyFirst, licencesAll, reckless, monthBranches, type DecisionReport } from "./measure/decisions";
export { optionValue, preferredOption, type Stance } from "./dilemmas";
