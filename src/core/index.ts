// The core's public entry. Everything here is pure: no Phaser, no DOM, no Node, no clock, no Math.random.
export { newGame, scenarioHash, type NewGameOptions } from "./newGame";
export { step, replayActions } from "./step";
export { stateHash } from "./stateHash";
export { canonicalJson, hashJson, hashString } from "./hash";
export { checkAction, dealCost, COSTS, CRACKDOWN_TURNS, canNegotiate } from "./actions";
export { countryUtility, effectiveReservation, aspiration, leverage, respond, MAX_OFFERS_PER_TURN } from "./negotiation";
export { diversionRatePm, detectionPm, exposureOf, riskFactors, CONDITION_RISK_LEFT, type RiskFactors } from "./leakage";
export { regularShipments, revenueOf, profileOf } from "./shipments";
export { scoreOf } from "./scoring";
export { turnDate, monthIndex, yearMonthOf } from "./calendar";
export { BOTS, BOT_NAMES, safeguardsFor } from "./bots/bots";
export { playGame, playOn, type PlayedGame } from "./bots/run";
export { NO_CONDITIONS, type Bot } from "./bots/strategy";
export { parseScenarioText, validateScenario } from "./scenario/validate";
export * from "./scenario/schema";
export { parseJsonText, formatPath, type Problem, type Checked } from "./problems";
export type * from "./state";
export * from "./replay/index";
