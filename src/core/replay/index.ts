// Replays: the file format, building one from a played game, reading and verifying it, rebuilding any
// turn, what-if branches, the debrief model and comparisons. Pure, like the rest of the core.
export * from "./format";
export { buildReplay, assembleReplay, type BuildReplayInput, type BuiltReplay } from "./build";
export { parseReplayText, validateReplay, ACTION_TYPES, type ValidatedScenarios } from "./parse";
export { simulate, type Simulation, type SimulationStep } from "./simulate";
export { verifyReplay, SharedMonths, recordDifferences, scenarioMismatch, VERIFY_NOTES, type Verification, type QuantityDifference } from "./verify";
export { buildTimeline, stateAtTurn, actionsBefore, turnsOf, DEFAULT_CHECKPOINT_INTERVAL, type Timeline, type BuiltTimeline } from "./timeline";
export { branchReplay, type BranchInput, type Branched } from "./branch";
export { buildReport, type Report, type ReportTurn, type ReportDecision, type ReportDeal, type ReportCountry, type LeakageTally, type BuiltReport } from "./report";
export { compareReplays, type Comparison, type ComparedReplay } from "./compare";
