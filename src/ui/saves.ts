// Saved games in IndexedDB (through idb-keyval: a small, well-kept promise wrapper), in named slots that
// each hold a whole replay. Every game has its own slot, so neither a new game nor a link ever writes over
// another game. A save is never destroyed without the player's say: a slot that cannot be read (damaged,
// not ours, or written by a newer version of the game) is moved aside, listed, and can be exported; only
// the player deletes. The old localStorage autosave is migrated once.
import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";
import { checkSaveRecord, SAVE_FORMAT, type SaveRecord } from "./saveRecord";

export { SAVE_FORMAT, SAVE_VERSION, type SaveRecord } from "./saveRecord";

const SLOT = "slot:";
const ASIDE = "aside:";
/** The version-1 autosave keys in localStorage. */
export const LEGACY_KEYS = ["chip-diplomacy/autosave/current", "chip-diplomacy/autosave/previous", "chip-diplomacy/autosave/current/corrupt"] as const;

export interface AsideEntry {
  key: string;
  kind: "damaged" | "foreign" | "newer";
  reason: string;
  /** When it was set aside (ISO 8601). */
  setAsideAt: string;
  /** What the slot held, untouched. */
  value: unknown;
}

export interface SavedGames {
  /** Sound saves, the most recent first. */
  slots: SaveRecord[];
  aside: AsideEntry[];
}

export type WriteResult = { ok: true } | { ok: false; reason: "quota" | "unavailable"; message: string };

let store: UseStore | undefined;
function db(): UseStore {
  store ??= createStore("chip-diplomacy", "saves");
  return store;
}

/** Whether this browser lets the game store anything (private windows and strict settings may not). */
export async function storageStatus(): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    if (typeof indexedDB === "undefined") return { ok: false, message: "IndexedDB is not available" };
    await set("probe", Date.now(), db());
    await del("probe", db());
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** A new slot's key: unique, so a new game never lands in another game's slot. */
export function newSlotKey(): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return `${Date.now().toString(36)}-${random.toString(36)}`;
}

/** Reads every slot; any that cannot be opened is moved aside (never deleted) and listed. */
export async function listSavedGames(): Promise<SavedGames> {
  const all = await entries<IDBValidKey, unknown>(db());
  const slots: SaveRecord[] = [];
  const aside: AsideEntry[] = [];
  for (const [key, value] of all) {
    if (typeof key !== "string") continue;
    if (key.startsWith(SLOT)) {
      const checked = checkSaveRecord(value);
      if (checked.ok) slots.push(checked.record);
      else aside.push(await setAside(key.slice(SLOT.length), checked.kind, checked.reason, value));
    } else if (key.startsWith(ASIDE)) {
      aside.push(asAsideEntry(key, value));
    }
  }
  slots.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  aside.sort((a, b) => (a.setAsideAt < b.setAsideAt ? 1 : -1));
  return { slots, aside };
}

function asAsideEntry(key: string, value: unknown): AsideEntry {
  const v = value as Partial<AsideEntry> | null;
  if (v && typeof v === "object" && typeof v.reason === "string" && typeof v.setAsideAt === "string") {
    return { key, kind: v.kind ?? "damaged", reason: v.reason, setAsideAt: v.setAsideAt, value: v.value };
  }
  return { key, kind: "damaged", reason: "unreadable", setAsideAt: "", value };
}

/** Moves a slot's content aside: written aside first, removed from the slots only once that succeeded. */
export async function setAside(slot: string, kind: AsideEntry["kind"], reason: string, value: unknown): Promise<AsideEntry> {
  const entry: AsideEntry = { key: `${ASIDE}${new Date().toISOString()}:${slot}`, kind, reason, setAsideAt: new Date().toISOString(), value };
  await set(entry.key, { kind, reason, setAsideAt: entry.setAsideAt, value }, db());
  await del(`${SLOT}${slot}`, db());
  return entry;
}

/** Writes a slot; the browser's refusal (storage full, storage disabled) comes back as a value. */
export async function writeSlot(record: SaveRecord): Promise<WriteResult> {
  try {
    await set(`${SLOT}${record.slot}`, record, db());
    return { ok: true };
  } catch (error) {
    const name = error instanceof DOMException ? error.name : "";
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: name === "QuotaExceededError" ? "quota" : "unavailable", message };
  }
}

export async function readSlot(slot: string): Promise<SaveRecord | null> {
  const checked = checkSaveRecord(await get(`${SLOT}${slot}`, db()));
  return checked.ok ? checked.record : null;
}

/** Only on the player's explicit request (the slot list asks first). */
export async function deleteEntry(key: string): Promise<void> {
  await del(key.startsWith(ASIDE) ? key : `${SLOT}${key}`, db());
}

export async function renameSlot(slot: string, name: string): Promise<WriteResult> {
  const record = await readSlot(slot);
  if (!record) return { ok: false, reason: "unavailable", message: "the save is gone" };
  return writeSlot({ ...record, name });
}

/** The text a player downloads to keep a save or hand it to a teacher: the replay itself for a sound save. */
export function exportText(value: unknown): string {
  const record = checkSaveRecord(value);
  if (record.ok) return `${JSON.stringify(record.record.replay, null, 1)}\n`;
  try {
    return `${JSON.stringify(value, null, 1) ?? String(value)}\n`;
  } catch {
    return String(value);
  }
}

/**
 * Moves the version-1 localStorage autosave into IndexedDB once: each key is converted to a slot by
 * `convert` (which re-simulates it) or, if it cannot be, set aside with its text. localStorage keys are
 * removed only after their content is safely stored.
 */
export async function migrateLegacySaves(convert: (data: unknown) => SaveRecord | { reason: string }): Promise<number> {
  let moved = 0;
  let storage: Storage;
  try { storage = localStorage; } catch { return 0; }
  for (const key of LEGACY_KEYS) {
    let raw: string | null;
    try { raw = storage.getItem(key); } catch { continue; }
    if (raw === null) continue;
    let data: unknown = raw;
    try { data = JSON.parse(raw) as unknown; } catch { /* kept as text, set aside below */ }
    const converted = typeof data === "object" && data !== null && (data as { format?: unknown }).format === SAVE_FORMAT ? convert(data) : { reason: "not a readable save" };
    const result = "replay" in converted
      ? await writeSlot(converted)
      : await set(`${ASIDE}${new Date().toISOString()}:${key}`, { kind: "damaged", reason: `an old autosave that could not be converted: ${converted.reason}`, setAsideAt: new Date().toISOString(), value: raw }, db()).then(() => ({ ok: true as const }), () => ({ ok: false as const }));
    if (!result.ok) continue;
    try { storage.removeItem(key); } catch { /* it will be migrated again; the slot is written with the same content */ }
    moved += 1;
  }
  return moved;
}
