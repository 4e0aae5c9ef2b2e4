// Loading replays and the scenario they were played on, with exit-2 messages for everything that stops a check.
import { parseReplayText, scenarioHash, type Replay, type Scenario } from "../core/index";
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
