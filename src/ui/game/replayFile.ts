// Replay files in the browser, through the core's replay module (the same format and checks as the
// command line's `play` and `verify`). Reading re-simulates and verifies every turn; problems come back
// as a list with JSON paths, never as an exception.
import {
  buildReplay, parseReplayText, simulate, validateScenario, verifyReplay, VERIFY_NOTES,
  type SharedMonths, type ValidatedScenarios, type Action, type GameState, type Problem, type Replay, type ReplayParent, type Scenario, type TurnRecord,
} from "../../core";
import { t, formatNumber, hasMessage } from "../../i18n";
import { rejectionText } from "../panels/rejections";
import { version as GAME_VERSION } from "../../../package.json";

/** `player`: "human", or "human:<name>" when the player gave a name; `parent` for a what-if branch. */
export function replayOf(scenario: Scenario, seed: string, policy: GameState["policy"], actions: Action[], player = "human", parent?: ReplayParent): Replay | null {
  const built = buildReplay({ scenario, seed, policy, actions, gameVersion: GAME_VERSION, player, ...(parent ? { parent } : {}) });
  return built.ok ? built.replay : null;
}

export type LoadedReplay = { ok: true; start: GameState; state: GameState; actions: Action[]; turnHashes: string[]; turns: TurnRecord[] } | { ok: false; problems: Problem[] };

/** The scenario a replay was played on: embedded in the file, or one bundled with the game. */
function scenarioFor(replay: Replay, bundled: unknown[]): { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] } {
  if (replay.scenario.embedded !== undefined) {
    const checked = validateScenario(replay.scenario.embedded);
    if (checked.ok) return { ok: true, scenario: checked.value };
    return { ok: false, problems: checked.problems.map((p) => ({ ...p, path: p.path === "(file)" ? "scenario.embedded" : `scenario.embedded.${p.path}` })) };
  }
  const match = bundled.find((candidate) => (candidate as { id?: unknown } | null)?.id === replay.scenario.id);
  const checked = match === undefined ? undefined : validateScenario(match);
  if (checked?.ok) return { ok: true, scenario: checked.value };
  return { ok: false, problems: [{ path: "scenario.id", message: t("replay.scenarioMissing", { id: replay.scenario.id }) }] };
}

/** A verification's note in the player's language (the core gives the English; its table gives the code). */
function noteText(note: string): string {
  const code = Object.entries(VERIFY_NOTES).find(([, text]) => text === note)?.[0];
  const key = `verifyNote.${code ?? ""}`;
  return code && hasMessage(key) ? t(key) : note;
}

export type VerifiedReplay = { ok: true; replay: Replay; scenario: Scenario } | { ok: false; problems: Problem[] };

/** What a batch of replays read together shares (a class): embedded scenarios validated once, months simulated once. */
export interface ReplayBatch {
  validated: ValidatedScenarios;
  shared: SharedMonths;
}

/** A batch's scenario: an embedded copy was validated by parsing (which put the validated value in its place), a bundled one once per batch. */
function batchScenario(replay: Replay, bundled: unknown[], batch: ReplayBatch): ReturnType<typeof scenarioFor> {
  if (replay.scenario.embedded !== undefined) return { ok: true, scenario: replay.scenario.embedded as Scenario };
  const key = `bundled:${replay.scenario.id}`;
  const known = batch.validated.get(key);
  if (known) return { ok: true, scenario: known };
  const found = scenarioFor(replay, bundled);
  if (found.ok) batch.validated.set(key, found.scenario);
  return found;
}

/**
 * Parses a replay file and verifies it turn by turn against its scenario. The classroom reads many replays
 * of one scenario as a `batch`: the copy of the scenario they embed is validated once, and months reached
 * by the same actions are simulated once (each file's own records are still checked against them).
 */
export function readVerifiedReplay(text: string, bundled: unknown[], batch?: ReplayBatch): VerifiedReplay {
  const parsed = parseReplayText(text, batch?.validated);
  if (!parsed.ok) return parsed;
  const replay = parsed.value;
  const found = batch ? batchScenario(replay, bundled, batch) : scenarioFor(replay, bundled);
  if (!found.ok) return found;
  const verification = verifyReplay(replay, found.scenario, batch?.shared);
  switch (verification.kind) {
    case "scenario-mismatch": {
      const scenario = found.scenario;
      const message = scenario.id === replay.scenario.id ? t("replay.scenarioChanged", { id: scenario.id }) : t("replay.otherScenario", { recorded: replay.scenario.id, id: scenario.id });
      return { ok: false, problems: [{ path: "scenario.hash", message }] };
    }
    case "illegal-action": {
      // The core's refusal, worded from its code in the player's language.
      const reason = rejectionText(verification.code, verification.message);
      return { ok: false, problems: [{ path: `actions[${verification.index}]`, message: t("replay.illegalAction", { turn: verification.turn + 1, reason }), hint: t("replay.editedHint") }] };
    }
    case "diverged": {
      const shown = verification.differences.slice(0, 6).map((d) => `${d.quantity}: ${d.recorded === null ? "—" : formatNumber(d.recorded)} → ${d.actual === null ? "—" : formatNumber(d.actual)}`);
      return {
        ok: false,
        problems: [{
          path: verification.turn < 0 ? "startHash" : `turns[${verification.turn}].hash`,
          message: t("replay.diverged", { turn: verification.turn + 1, recorded: verification.recordedHash, actual: verification.actualHash }),
          found: shown.length ? shown.join("; ") : undefined,
          hint: verification.notes.map(noteText).join("; ") || t("replay.editedHint"),
        }],
      };
    }
    case "misstated":
      return {
        ok: false,
        problems: verification.fields.slice(0, 6).map((f) => ({ path: f.path, message: t("replay.misstated", { recorded: f.recorded, actual: f.actual }), hint: t("replay.editedHint") })),
      };
    case "verified":
      break;
  }
  return { ok: true, replay, scenario: found.scenario };
}

/** Parses, verifies turn by turn, and rebuilds the game a replay records. */
export function loadReplayText(text: string, bundled: unknown[]): LoadedReplay {
  const read = readVerifiedReplay(text, bundled);
  if (!read.ok) return read;
  const { replay, scenario } = read;
  const sim = simulate(scenario, replay.seed, replay.policy, replay.actions);
  if (!sim.ok) return { ok: false, problems: [{ path: `actions[${sim.index}]`, message: rejectionText(sim.code, sim.message) }] };
  return { ok: true, start: sim.start, state: sim.state, actions: replay.actions.slice(), turnHashes: sim.turns.map((turn) => turn.hash), turns: sim.turns };
}
