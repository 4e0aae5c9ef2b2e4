// Saving and restoring games (the part that needs the core): a session becomes a slot record holding its
// whole replay, built from the turn records the session keeps (no re-simulation per action); a record
// becomes a session again only after its replay re-simulates to every recorded hash.
import { assembleReplay, buildReplay, newGame, simulate, stateHash, turnDate, validateScenario, type Action, type Policy } from "../../core";
import { localized, t } from "../../i18n";
import { SAVE_FORMAT, SAVE_VERSION, setAside, writeSlot, type SaveRecord, type WriteResult } from "../saves";
import { problemText, showToast } from "../messages";
import { rejectionText } from "../panels/rejections";
import { loadReplayText } from "./replayFile";
import type { Session } from "./session";
import { version as GAME_VERSION } from "../../../package.json";

/** The default name of a slot: the scenario and the seed. */
export function defaultSlotName(session: Session): string {
  return `${localized(session.scenario.title)} — ${session.state.seed}`;
}

export function recordOf(session: Session): SaveRecord {
  if (session.turnRecords === null) {
    // A session rebuilt without its records (an older caller): simulate once, then keep them.
    const sim = simulate(session.scenario, session.start.seed, session.start.policy, session.actions);
    session.turnRecords = sim.turns;
  }
  const replay = assembleReplay({
    scenario: session.scenario, seed: session.start.seed, policy: session.start.policy, actions: session.actions,
    gameVersion: GAME_VERSION, player: session.player, startHash: stateHash(session.start), turns: session.turnRecords, state: session.state,
    ...(session.parent ? { parent: session.parent } : {}),
  });
  const month = Math.min(session.state.turn, Math.max(0, session.scenario.turns - 1));
  return {
    format: SAVE_FORMAT, version: SAVE_VERSION, slot: session.slot, name: session.slotName || defaultSlotName(session),
    savedAt: new Date().toISOString(), scenarioId: session.state.scenarioId, scenarioTitle: localized(session.scenario.title),
    seed: session.state.seed, policy: session.state.policy, turn: session.state.turn, month: turnDate(session.scenario.startDate, month), replay,
  };
}

const pending = new WeakMap<Session, Promise<WriteResult>>();
let lastFailure: WriteResult | null = null;

/** Writes in order (a later save is never overtaken by an earlier one); a refusal is told to the player once. */
export function saveSession(session: Session): Promise<WriteResult> {
  const record = recordOf(session);
  const previous = pending.get(session) ?? Promise.resolve({ ok: true } as WriteResult);
  const next = previous.then(() => writeSlot(record)).then((result) => {
    if (!result.ok && lastFailure === null) showToast(t(result.reason === "quota" ? "save.quota" : "save.writeFailed"), "error");
    lastFailure = result.ok ? null : result;
    return result;
  });
  pending.set(session, next);
  return next;
}

/** Reopens a saved game; one whose replay does not re-simulate is set aside (never deleted) and the reason returned. */
export async function sessionFromRecord(record: SaveRecord, bundled: unknown[], fromReplay: (loaded: Extract<ReturnType<typeof loadReplayText>, { ok: true }>) => Session): Promise<{ ok: true; session: Session } | { ok: false; reason: string }> {
  const loaded = loadReplayText(JSON.stringify(record.replay), bundled);
  if (!loaded.ok) {
    const first = loaded.problems[0];
    const reason = first ? `${first.path}: ${problemText(first)}` : "its game does not replay";
    await setAside(record.slot, "damaged", reason, record);
    return { ok: false, reason };
  }
  const session = fromReplay(loaded);
  session.slot = record.slot;
  session.slotName = record.name;
  // Who played, and the game a what-if branch was taken from, survive a reload.
  session.player = record.replay.player;
  session.parent = record.replay.parent;
  return { ok: true, session };
}

/** Converts a version-1 localStorage autosave (scenario, seed, policy, actions, hash) to a slot record. */
export function legacyToRecord(data: unknown): SaveRecord | { reason: string } {
  const save = data as { version?: unknown; scenario?: unknown; seed?: unknown; policy?: unknown; actions?: unknown; hash?: unknown; savedAt?: unknown };
  if (save.version !== 1) return { reason: `save format ${String(save.version)}` };
  const checked = validateScenario(save.scenario);
  const firstProblem = checked.ok ? undefined : checked.problems[0];
  if (!checked.ok) return { reason: t("save.badScenario", { problem: firstProblem ? problemText(firstProblem) : "" }) };
  if (save.policy !== "bilateral" && save.policy !== "tiered") return { reason: t("save.badPolicy") };
  if (typeof save.seed !== "string" || !Array.isArray(save.actions)) return { reason: "seed or actions missing" };
  const built = buildReplay({ scenario: checked.value, seed: save.seed, policy: save.policy as Policy, actions: save.actions as Action[], gameVersion: GAME_VERSION, player: "human" });
  if (!built.ok) return { reason: t("save.badAction", { index: built.index + 1, reason: rejectionText(built.code, built.message) }) };
  if (built.replay.final.hash !== save.hash) return { reason: t("save.hashMismatch") };
  const state = built.state;
  const start = newGame(checked.value, save.seed, { policy: save.policy as Policy });
  return {
    format: SAVE_FORMAT, version: SAVE_VERSION, slot: `legacy-${built.replay.final.hash}`,
    name: `${localized(checked.value.title)} — ${save.seed}`, savedAt: typeof save.savedAt === "string" ? save.savedAt : new Date().toISOString(),
    scenarioId: checked.value.id, scenarioTitle: localized(checked.value.title), seed: save.seed, policy: start.policy,
    turn: state.turn, month: turnDate(checked.value.startDate, Math.min(state.turn, checked.value.turns - 1)), replay: built.replay,
  };
}
