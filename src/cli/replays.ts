// Loading replays and the scenario they were played on, with exit-2 messages for everything that stops a check.
import { parseReplayText, scenarioHash, verifyReplay, type Replay, type Scenario, type Verification } from "../core/index";
import { fmt } from "./format";
import { CliError, findScenarioById, formatProblem, loadScenario, readText, type Io } from "./io";

export interface LoadedReplay {
  replay: Replay;
  scenario: Scenario;
  /** Where the scenario came from: "embedded" or a path. */
  scenarioSource: string;
}

export function readReplay(io: Io, path: string): Replay {
  const checked = parseReplayText(readText(io, path, "replay"));
  if (!checked.ok) {
    const [first] = checked.problems;
    if (checked.problems.length === 1 && first) throw new CliError(`cannot check ${path}: ${formatProblem(first)}`);
    throw new CliError(`cannot check ${path}: ${checked.problems.length} problems:`, 2, checked.problems.map(formatProblem));
  }
  return checked.value;
}

export function loadReplay(io: Io, path: string, scenarioSpec?: string): LoadedReplay {
  const replay = readReplay(io, path);
  return { replay, ...scenarioFor(io, replay, path, scenarioSpec) };
}

export function scenarioFor(io: Io, replay: Replay, path: string, scenarioSpec?: string): { scenario: Scenario; scenarioSource: string } {
  if (scenarioSpec) {
    const loaded = loadScenario(io, scenarioSpec);
    const hash = scenarioHash(loaded.scenario);
    if (hash !== replay.scenario.hash) {
      const which = loaded.scenario.id === replay.scenario.id ? "is a different version of it" : `is scenario "${loaded.scenario.id}"`;
      throw new CliError(`cannot check ${path}: it was played on scenario "${replay.scenario.id}" with content hash ${replay.scenario.hash}, but ${scenarioSpec} ${which} (hash ${hash})`);
    }
    return { scenario: loaded.scenario, scenarioSource: loaded.path };
  }
  const embedded = replay.scenario.embedded;
  if (embedded) {
    const hash = scenarioHash(embedded);
    if (hash !== replay.scenario.hash) {
      throw new CliError(`cannot check ${path}: the embedded scenario's content hash is ${hash} but the replay records ${replay.scenario.hash} (the scenario was edited inside the replay)`);
    }
    return { scenario: embedded, scenarioSource: "embedded" };
  }
  const { found, sameIdOtherHash } = findScenarioById(replay.scenario.id, replay.scenario.hash, scenarioHash);
  if (found) return { scenario: found.scenario, scenarioSource: found.path };
  if (sameIdOtherHash) {
    throw new CliError(`cannot check ${path}: scenario "${replay.scenario.id}" (${sameIdOtherHash}) has changed since the replay was recorded (the replay expects content hash ${replay.scenario.hash}); pass the original with --scenario`);
  }
  throw new CliError(`cannot check ${path}: scenario "${replay.scenario.id}" was not found and is not embedded in the replay; pass it with --scenario <file>`);
}

export function replayJson(replay: Replay): string {
  return `${JSON.stringify(replay, null, 1)}\n`;
}

/** Why a replay failed verification, as the error to throw: exit 1 for a divergence or a misstated result, 2 when it cannot be checked. */
export function verificationError(path: string, result: Exclude<Verification, { kind: "verified" }>, notes: readonly string[] = []): CliError {
  switch (result.kind) {
    case "diverged": {
      const where = result.turn < 0 ? "the start of the game (before any action)" : `turn ${result.turn}`;
      const lines = result.differences.slice(0, 20).map((d) => `${d.quantity}: recorded ${d.recorded === null ? "nothing" : fmt(d.recorded)}, re-simulated ${d.actual === null ? "nothing" : fmt(d.actual)}`);
      if (result.differences.length > 20) lines.push(`… and ${result.differences.length - 20} more`);
      return new CliError(`${path} diverged at ${where}: recorded hash ${result.recordedHash}, re-simulated ${result.actualHash}`, 1, [...lines, ...result.notes, ...notes]);
    }
    case "misstated": {
      const lines = result.fields.map((f) => `${f.path}: recorded ${f.recorded}, re-simulated ${f.actual}`);
      return new CliError(`${path} replays to every recorded hash (final ${result.finalHash}), but states ${result.fields.length} result(s) the game did not reach: the file was edited`, 1, [...lines, ...result.notes, ...notes]);
    }
    case "scenario-mismatch":
      return new CliError(`cannot check ${path}: ${result.message}`);
    case "illegal-action":
      return new CliError(`cannot check ${path}: action ${result.index} (turn ${result.turn}) is illegal: ${result.message} [${result.code}]`);
  }
}

/** Reads, re-simulates and checks a replay; throws verificationError's error unless every stated result holds. */
export function loadVerifiedReplay(io: Io, path: string, scenarioSpec?: string): LoadedReplay {
  const loaded = loadReplay(io, path, scenarioSpec);
  const result = verifyReplay(loaded.replay, loaded.scenario);
  if (result.kind !== "verified") throw verificationError(path, result);
  return loaded;
}
