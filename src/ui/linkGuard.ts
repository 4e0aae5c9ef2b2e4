// A link never replaces a game in progress without asking: every game has its own save slot, and before
// a link opens a game while another is unfinished, the player is asked (the unfinished one stays saved).
import { t, formatMonth } from "../i18n";
import { el, button, openModal } from "./dom";
import { listSavedGames, type SavedGames } from "./saves";
import type { SaveRecord } from "./saveRecord";

/** The saved games, or none when the browser refuses to read them (told elsewhere). */
export async function savedGames(): Promise<SavedGames> {
  try {
    return await listSavedGames();
  } catch {
    return { slots: [], aside: [] };
  }
}

/** The unfinished saved game a link would leave, if any. */
export async function gameInProgress(): Promise<SaveRecord | undefined> {
  const { slots } = await savedGames();
  return slots.find((record) => record.replay.final.status !== "over");
}

/** Asks before a link opens a game while another is in progress (which stays saved in its slot). */
export function confirmLinkedGame(inProgress: SaveRecord, link: { scenarioId: string; seed: string }): Promise<boolean> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (value: boolean) => { if (!answered) { answered = true; resolve(value); } modal.close(); };
    const modal = openModal(
      { title: t("saves.linkTitle"), onClose: () => answer(false) },
      el("p", {}, t("saves.linkBody", { name: inProgress.name, month: formatMonth(inProgress.month), scenario: link.scenarioId, seed: link.seed })),
      el("div", { class: "actions" },
        button(t("saves.linkOpen"), () => answer(true), { class: "primary", id: "link-open" }),
        button(t("saves.linkMenu"), () => answer(false), { id: "link-menu" })),
    );
  });
}
