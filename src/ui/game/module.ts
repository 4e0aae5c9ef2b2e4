// The lazily loaded part of the game: the core, the game and debrief scenes and their panels. The menu
// reaches it only through this surface (see app.ts).
import type Phaser from "phaser";
import { parseScenarioText, type Checked, type Scenario } from "../../core";
import { t } from "../../i18n";
import { readCurrentSave, readPreviousSave, quarantineCurrentSave, promotePreviousSave } from "../saves";
import { Session, createSession, sessionFromSave } from "./session";
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
  return { ok: true, session: Session.fromReplay(loaded.start, loaded.state, loaded.actions, loaded.turnHashes), notice: t("replay.loaded", { turns: loaded.turnHashes.length }) };
}

/**
 * Continue: the current autosave, re-simulated and checked against its hash. If it is corrupted the
 * player is told what is wrong, it is set aside, and the previous good save is used instead.
 */
export function restoreAutosave(): { session?: Session; warning?: string } {
  const current = readCurrentSave();
  if (current.status === "ok") {
    const restored = sessionFromSave(current.save);
    if (restored.ok) return { session: restored.session };
    return fallBack(restored.reason);
  }
  if (current.status === "corrupt") return fallBack(current.reason);
  return fallBack(undefined);
}

function fallBack(reason: string | undefined): { session?: Session; warning?: string } {
  if (reason !== undefined) quarantineCurrentSave();
  const previous = readPreviousSave();
  if (previous.status === "ok") {
    const restored = sessionFromSave(previous.save);
    if (restored.ok) {
      promotePreviousSave();
      return { session: restored.session, warning: reason === undefined ? undefined : t("save.corruptUsingPrevious", { reason, turn: previous.save.turn + 1 }) };
    }
  }
  return { warning: reason === undefined ? t("save.none") : t("save.corruptNoPrevious", { reason }) };
}
