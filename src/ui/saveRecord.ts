// A saved game as stored in a slot: a label for the slot list (name, scenario, seed, month, date saved)
// around the whole replay of the game so far. Pure: no storage, no DOM, so it is unit-tested and fuzzed.
// Reading a record sorts it: sound, damaged, foreign (not a Chip Diplomacy save) or newer (written by a
// later version of the game). Only sound records are opened; the others are set aside, never deleted.
// The menu reads records without the core (it is loaded later): the replay inside is checked in full, and
// re-simulated, when the game is opened (game/saving.ts).
import type { Policy, Replay } from "../core";

export const SAVE_FORMAT = "chip-diplomacy/save";
/** Version 1 was the localStorage autosave (scenario, seed, policy, actions, hash); 2 holds a replay. */
export const SAVE_VERSION = 2;
export const MAX_SLOT_NAME = 60;

export interface SaveRecord {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  /** The slot's key. */
  slot: string;
  /** The player's name for it (defaults to the scenario and the seed). */
  name: string;
  /** When it was written (ISO 8601), shown in the slot list. */
  savedAt: string;
  scenarioId: string;
  scenarioTitle: string;
  seed: string;
  policy: Policy;
  /** The month in play (0 = the first). */
  turn: number;
  /** The month in play, YYYY-MM. */
  month: string;
  replay: Replay;
}

export type SaveCheck =
  | { ok: true; record: SaveRecord }
  | { ok: false; kind: "damaged" | "foreign" | "newer"; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);

/** Sorts what a slot holds, by its label and the outline of its replay. */
export function checkSaveRecord(data: unknown): SaveCheck {
  if (!isObject(data)) return { ok: false, kind: "foreign", reason: "not a saved game (not an object)" };
  if (data.format !== SAVE_FORMAT) return { ok: false, kind: "foreign", reason: "not a Chip Diplomacy save" };
  if (typeof data.version !== "number" || !Number.isInteger(data.version)) return { ok: false, kind: "damaged", reason: "its format version is missing" };
  if (data.version > SAVE_VERSION) return { ok: false, kind: "newer", reason: `written by a newer version of the game (save format ${data.version}; this game reads up to ${SAVE_VERSION})` };
  if (data.version < SAVE_VERSION) return { ok: false, kind: "damaged", reason: `an old save format (${data.version}) that was not migrated` };
  for (const key of ["slot", "name", "savedAt", "scenarioId", "scenarioTitle", "seed", "month"] as const) {
    if (typeof data[key] !== "string") return { ok: false, kind: "damaged", reason: `its ${key} is missing` };
  }
  if (data.policy !== "bilateral" && data.policy !== "tiered") return { ok: false, kind: "damaged", reason: "its policy regime is unknown" };
  if (typeof data.turn !== "number" || !Number.isInteger(data.turn) || data.turn < 0) return { ok: false, kind: "damaged", reason: "its month is missing" };
  const replay = data.replay;
  if (!isObject(replay) || !isObject(replay.scenario) || !Array.isArray(replay.actions)) return { ok: false, kind: "damaged", reason: "its game record is missing" };
  if (replay.seed !== data.seed || replay.policy !== data.policy || replay.scenario.id !== data.scenarioId) {
    return { ok: false, kind: "damaged", reason: "its label does not match the game it holds" };
  }
  return { ok: true, record: data as unknown as SaveRecord };
}

/** A slot name the player typed: trimmed, one line, bounded; empty means "use the default". */
export function cleanSlotName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, " ").trim().slice(0, MAX_SLOT_NAME);
}
