// Replay files written and read by the browser, in the format DESIGN.md describes (format name and
// version, game version, scenario id and content hash, the scenario embedded, seed, policy, the action
// list, a state hash per turn, a final summary). Reading checks everything and re-simulates; problems
// come back as a list with JSON paths, never as an exception.
import {
  newGame, replayActions, scenarioHash, stateHash, step, validateScenario, parseJsonText,
  type Action, type GameState, type Problem, type Scenario, type Policy, type ScoreBreakdown,
} from "../../core";

export const REPLAY_FORMAT = "chip-diplomacy/replay";
export const REPLAY_SCHEMA_VERSION = 1;
const REPLAY_MAX_BYTES = 20_000_000;
export const GAME_VERSION = "0.1.0";

export interface ReplayFile {
  format: typeof REPLAY_FORMAT;
  schemaVersion: number;
  gameVersion: string;
  scenarioId: string;
  scenarioHash: string;
  scenario: Scenario;
  seed: string;
  policy: Policy;
  actions: Action[];
  /** stateHash after each resolved turn: turnHashes[k] once turn k has ended. */
  turnHashes: string[];
  final: { turn: number; status: string; hash: string; score: ScoreBreakdown | null };
}

export function buildReplay(start: GameState, state: GameState, actions: Action[], turnHashes: string[]): ReplayFile {
  return {
    format: REPLAY_FORMAT,
    schemaVersion: REPLAY_SCHEMA_VERSION,
    gameVersion: GAME_VERSION,
    scenarioId: start.scenarioId,
    scenarioHash: start.scenarioHash,
    scenario: start.scenario,
    seed: start.seed,
    policy: start.policy,
    actions,
    turnHashes,
    final: { turn: state.turn, status: state.status, hash: stateHash(state), score: state.outcome?.score ?? null },
  };
}

export type LoadedReplay = { ok: true; start: GameState; state: GameState; actions: Action[]; turnHashes: string[] } | { ok: false; problems: Problem[] };

/**
 * Parses and re-simulates a replay. `bundled` are the game's own scenarios, used when the file does not
 * embed its scenario. Every per-turn hash is compared: the first turn that differs is named.
 */
export function loadReplayText(text: string, bundled: unknown[]): LoadedReplay {
  const parsed = parseJsonText(text, REPLAY_MAX_BYTES, "replay file");
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (!data || typeof data !== "object" || Array.isArray(data)) return fail("(file)", "a replay must be a JSON object");
  const r = data as Record<string, unknown>;
  if (r.format !== REPLAY_FORMAT) {
    return fail("format", `must be "${REPLAY_FORMAT}"`, JSON.stringify(r.format) ?? "nothing", "this is not a Chip Diplomacy replay (a scenario or a save?)");
  }
  const problems: Problem[] = [];
  if (typeof r.schemaVersion !== "number" || !Number.isInteger(r.schemaVersion)) problems.push({ path: "schemaVersion", message: "must be a whole number" });
  else if (r.schemaVersion > REPLAY_SCHEMA_VERSION) problems.push({ path: "schemaVersion", message: `this replay uses format version ${r.schemaVersion}; this game reads up to ${REPLAY_SCHEMA_VERSION}`, hint: "it was written by a newer version of the game" });
  if (typeof r.seed !== "string" || r.seed.length === 0) problems.push({ path: "seed", message: "must be a non-empty text" });
  if (r.policy !== "bilateral" && r.policy !== "tiered") problems.push({ path: "policy", message: "must be bilateral or tiered", found: JSON.stringify(r.policy) ?? "nothing" });
  if (!Array.isArray(r.actions)) problems.push({ path: "actions", message: "must be a list of actions" });
  if (r.turnHashes !== undefined && (!Array.isArray(r.turnHashes) || !r.turnHashes.every((h) => typeof h === "string"))) {
    problems.push({ path: "turnHashes", message: "must be a list of hashes (texts)" });
  }
  let scenario: Scenario | undefined;
  if (r.scenario !== undefined) {
    const checked = validateScenario(r.scenario);
    if (checked.ok) scenario = checked.value;
    else problems.push(...checked.problems.map((p) => ({ ...p, path: p.path === "(file)" ? "scenario" : `scenario.${p.path}` })));
  } else {
    const match = bundled.find((candidate) => (candidate as { id?: unknown } | null)?.id === r.scenarioId);
    const checked = match === undefined ? undefined : validateScenario(match);
    if (checked?.ok) scenario = checked.value;
    else problems.push({ path: "scenarioId", message: `the replay does not embed its scenario, and “${String(r.scenarioId)}” is not bundled with this game` });
  }
  if (scenario && typeof r.scenarioHash === "string" && r.scenarioHash !== scenarioHash(scenario)) {
    problems.push({ path: "scenarioHash", message: "the scenario differs from the one the replay was played on", hint: "the scenario file was edited after the game" });
  }
  if (problems.length > 0 || !scenario) return { ok: false, problems };

  const start = newGame(scenario, r.seed as string, { policy: r.policy as Policy });
  const actions = r.actions as Action[];
  const expected = (r.turnHashes as string[] | undefined) ?? [];
  let state = start;
  const turnHashes: string[] = [];
  for (let index = 0; index < actions.length; index++) {
    const result = step(state, actions[index] as Action);
    if (!result.ok) {
      return fail(`actions[${index}]`, `this action is not allowed at turn ${state.turn + 1}: ${result.message}`, JSON.stringify(actions[index])?.slice(0, 120), "the action list was edited or cut");
    }
    state = result.state;
    if ((actions[index] as Action).type === "endTurn") {
      const hash = stateHash(state);
      const want = expected[turnHashes.length];
      if (want !== undefined && want !== hash) {
        return fail(`turnHashes[${turnHashes.length}]`, `the game diverges at turn ${turnHashes.length + 1}: the replay says ${want}, re-simulating gives ${hash}`, undefined, "the replay was edited, or written by an incompatible version of the game");
      }
      turnHashes.push(hash);
    }
  }
  return { ok: true, start, state, actions, turnHashes };
}

function fail(path: string, message: string, found?: string, hint?: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ path, message, ...(found ? { found } : {}), ...(hint ? { hint } : {}) }] };
}

export { replayActions };
