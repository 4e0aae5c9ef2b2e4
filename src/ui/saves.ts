// Autosave slots in localStorage. A save records how to rebuild the game (scenario, seed, policy, the
// player's actions) and the state hash it must reach, so a save that was cut short or edited is caught
// when it is re-simulated. Two slots: writing a new save first moves the current one — if it is sound —
// to "previous", so one bad write never loses the last good game.
export const SAVE_FORMAT = "chip-diplomacy/save";
export const SAVE_VERSION = 1;
const CURRENT = "chip-diplomacy/autosave/current";
const PREVIOUS = "chip-diplomacy/autosave/previous";

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: number;
  savedAt: string;
  scenarioId: string;
  scenarioTitle: string;
  scenario: unknown;
  seed: string;
  policy: string;
  actions: unknown[];
  turn: number;
  hash: string;
}

export type SlotRead = { status: "empty" } | { status: "ok"; save: SaveFile } | { status: "corrupt"; reason: string };

function readSlot(key: string): SlotRead {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return { status: "empty" };
  }
  if (raw === null) return { status: "empty" };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: "corrupt", reason: "not valid JSON" };
  }
  const reason = envelopeProblem(data);
  return reason ? { status: "corrupt", reason } : { status: "ok", save: data as SaveFile };
}

/** Checks the envelope only; the game module re-simulates the actions and compares the hash. */
function envelopeProblem(data: unknown): string | undefined {
  if (!data || typeof data !== "object") return "not an object";
  const save = data as Partial<SaveFile>;
  if (save.format !== SAVE_FORMAT) return "not a Chip Diplomacy save";
  if (typeof save.version !== "number" || save.version > SAVE_VERSION) return `save format version ${String(save.version)} is not supported`;
  if (typeof save.seed !== "string" || typeof save.policy !== "string" || typeof save.hash !== "string") return "seed, policy or hash missing";
  if (!Array.isArray(save.actions)) return "the action list is missing";
  if (typeof save.turn !== "number" || typeof save.scenarioId !== "string") return "turn or scenario missing";
  return undefined;
}

export function readCurrentSave(): SlotRead {
  return readSlot(CURRENT);
}

export function readPreviousSave(): SlotRead {
  return readSlot(PREVIOUS);
}

/** Returns false when the browser refused to store it (quota, private mode). */
export function writeSave(save: SaveFile): boolean {
  try {
    const current = readSlot(CURRENT);
    if (current.status === "ok") localStorage.setItem(PREVIOUS, JSON.stringify(current.save));
    localStorage.setItem(CURRENT, JSON.stringify(save));
    return true;
  } catch {
    return false;
  }
}

/** A corrupted current save is kept aside under its own key (for a teacher to inspect), then removed. */
export function quarantineCurrentSave(): void {
  try {
    const raw = localStorage.getItem(CURRENT);
    if (raw !== null) localStorage.setItem(`${CURRENT}/corrupt`, raw);
    localStorage.removeItem(CURRENT);
  } catch {
    // Nothing more we can do; the message to the player has already been shown.
  }
}

export function promotePreviousSave(): void {
  try {
    const previous = localStorage.getItem(PREVIOUS);
    if (previous !== null) localStorage.setItem(CURRENT, previous);
  } catch {
    // Keep going with the in-memory game.
  }
}

export function clearSaves(): void {
  try {
    localStorage.removeItem(CURRENT);
    localStorage.removeItem(PREVIOUS);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** What the menu's "Continue" shows: the newest readable save, if any. */
export function saveSummary(): SaveFile | undefined {
  const current = readCurrentSave();
  if (current.status === "ok") return current.save;
  const previous = readPreviousSave();
  return previous.status === "ok" ? previous.save : undefined;
}
