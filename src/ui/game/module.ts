// The lazily loaded part of the game: the core, the game and debrief scenes and their panels. The menu
// reaches it only through this surface (see app.ts).
import type Phaser from "phaser";
import { parseScenarioText, type Checked, type Scenario } from "../../core";
import { t } from "../../i18n";
import { listSavedGames, migrateLegacySaves, readSlot } from "../saves";
import { Session, createSession } from "./session";
import { legacyToRecord, sessionFromRecord } from "./saving";
import { loadReplayText } from "./replayFile";
import { GameScene } from "../scenes/Game";
import { DebriefScene } from "../scenes/Debrief";

export { Session, createSession };

export function registerScenes(manager: Phaser.Scenes.SceneManager): void {
  if (!manager.getScene("Game")) manager.add("Game", GameScene, false);
  if (!manager.getScene("Debrief")) manager.add("Debrief", DebriefScene, false);
}

export function checkScenarioText(text: string): Checked<Scenario> {
  return parseScenarioText(text);
}

export function sessionFromReplayText(text: string, bundled: unknown[]): { ok: true; session: Session; notice?: string } | { ok: false; problems: { path: string; message: string; hint?: string; found?: string }[] } {
  const loaded = loadReplayText(text, bundled);
  if (!loaded.ok) return loaded;
  return { ok: true, session: Session.fromReplay(loaded.start, loaded.state, loaded.actions, loaded.turnHashes, loaded.turns), notice: t("replay.loaded", { turns: loaded.turnHashes.length }) };
}

/** The old localStorage autosave, moved into IndexedDB slots (or set aside) once. */
export function migrateOldSaves(): Promise<number> {
  return migrateLegacySaves(legacyToRecord);
}

type Opened = { session?: Session; warning?: string };

function open(record: Parameters<typeof sessionFromRecord>[0], bundled: unknown[]) {
  return sessionFromRecord(record, bundled, (loaded) => Session.fromReplay(loaded.start, loaded.state, loaded.actions, loaded.turnHashes, loaded.turns));
}

/** Opens a slot by its key; a save whose game does not re-simulate is set aside and the player told why. */
export async function openSavedGame(slot: string, bundled: unknown[]): Promise<Opened> {
  const record = await readSlot(slot);
  if (!record) return { warning: t("save.none") };
  const opened = await open(record, bundled);
  return opened.ok ? { session: opened.session } : { warning: t("save.setAside", { name: record.name, reason: opened.reason }) };
}

/** Continue: the most recent save that re-simulates; damaged ones on the way are set aside and reported. */
export async function continueLatest(bundled: unknown[]): Promise<Opened> {
  await migrateOldSaves();
  const { slots } = await listSavedGames();
  const problems: string[] = [];
  for (const record of slots) {
    const opened = await open(record, bundled);
    if (opened.ok) return { session: opened.session, warning: problems.length ? problems.join(" ") : undefined };
    problems.push(t("save.setAside", { name: record.name, reason: opened.reason }));
  }
  return { warning: problems.length ? problems.join(" ") : t("save.none") };
}
