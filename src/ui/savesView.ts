// The saved games in the menu: "Continue" names the most recent game, "Saved games…" lists every slot
// (name, scenario, seed, month, when saved) to open, rename, export or delete, and the saves that could
// not be opened, set aside, to export. Also: telling the player at once when the browser stores nothing.
import { t, formatMonth } from "../i18n";
import { el, button, openModal } from "./dom";
import { app } from "./app";
import { showToast } from "./messages";
import { downloadText } from "./files";
import { deleteEntry, exportText, renameSlot, storageStatus, type AsideEntry, type SavedGames } from "./saves";
import { savedGames } from "./linkGuard";
import { cleanSlotName, type SaveRecord } from "./saveRecord";

let storageWarned = false;

/** Checks once per page that the browser lets the game save; if not, says so at once. */
export async function warnIfStorageOff(): Promise<boolean> {
  const status = await storageStatus();
  if (!status.ok && !storageWarned) {
    storageWarned = true;
    showToast(t("saves.storageOff"), "error");
  }
  return status.ok;
}

function slotLine(record: SaveRecord): string {
  return t("saves.slotLine", { scenario: record.scenarioTitle, seed: record.seed, month: formatMonth(record.month), date: new Date(record.savedAt).toLocaleString() });
}

/**
 * Fills the menu's Continue button and hint once the slots are read (IndexedDB answers asynchronously),
 * and adds the "Saved games…" button. `keys` receives the shortcuts for C and G.
 */
export function attachSavesToMenu(card: HTMLElement, keys: Record<string, () => void>): void {
  const continueButton = card.querySelector<HTMLButtonElement>("#menu-continue");
  const hint = el("div", { class: "muted hint", id: "menu-continue-hint" }, t("saves.looking"));
  continueButton?.after(hint);
  const listButton = button(t("menu.savedGames"), () => void openSavedGames(), { id: "menu-saved-games" }, "G");
  hint.after(listButton);
  keys.g = () => void openSavedGames();
  void (async () => {
    await warnIfStorageOff();
    await app.migrateOldSaves();
    const { slots, aside } = await savedGames();
    const latest = slots[0];
    if (latest && continueButton) {
      continueButton.disabled = false;
      hint.textContent = t("menu.continueHint", { scenario: latest.name, turn: latest.turn + 1, seed: latest.seed });
      keys.c = () => void app.continueSavedGame();
    } else {
      hint.textContent = t("menu.noSave");
    }
    if (aside.length > 0) hint.append(" ", el("strong", {}, t("saves.asideCount", { count: aside.length })));
  })();
}

/** The slot list. */
export async function openSavedGames(): Promise<void> {
  const games = await savedGames();
  const list = el("ul", { class: "save-slots", id: "save-slots" });
  const asideList = el("ul", { class: "save-slots", id: "save-aside" });
  const modal = openModal({ title: t("saves.title") }, list, el("h3", {}, t("saves.asideTitle")), el("p", { class: "muted" }, t("saves.asideHint")), asideList,
    el("div", { class: "actions" }, button(t("common.close"), () => modal.close())));
  const render = (current: SavedGames) => {
    list.replaceChildren(...(current.slots.length === 0 ? [el("li", { class: "muted" }, t("saves.empty"))] : current.slots.map((record) => slotItem(record))));
    asideList.replaceChildren(...(current.aside.length === 0 ? [el("li", { class: "muted" }, t("saves.asideNone"))] : current.aside.map((entry) => asideItem(entry))));
  };
  const refresh = async () => render(await savedGames());
  const slotItem = (record: SaveRecord) => el(
    "li",
    { "data-slot": record.slot },
    el("strong", { class: "slot-name" }, record.name),
    el("div", { class: "muted" }, slotLine(record)),
    el("div", { class: "actions" },
      button(t("saves.open"), () => { modal.close(); void app.openSavedGame(record.slot); }, { class: "primary slot-open" }),
      button(t("saves.rename"), () => {
        const name = cleanSlotName(window.prompt(t("saves.renamePrompt"), record.name) ?? "");
        if (name) void renameSlot(record.slot, name).then(refresh);
      }, { class: "slot-rename" }),
      button(t("saves.export"), () => downloadText(`${record.scenarioId}-${record.seed}-${record.month}.replay.json`, exportText(record)), { class: "slot-export" }),
      button(t("saves.delete"), () => {
        if (window.confirm(t("saves.deleteConfirm", { name: record.name }))) void deleteEntry(record.slot).then(refresh);
      }, { class: "slot-delete" }),
    ),
  );
  const asideItem = (entry: AsideEntry) => el(
    "li",
    { "data-aside": entry.key },
    el("strong", {}, t(`saves.kind.${entry.kind}`)),
    el("div", { class: "muted" }, entry.reason),
    el("div", { class: "actions" },
      button(t("saves.export"), () => downloadText(`set-aside-save-${entry.setAsideAt.replace(/[^0-9]/g, "") || "unknown"}.json`, exportText(entry.value)), { class: "aside-export" }),
      button(t("saves.delete"), () => {
        if (window.confirm(t("saves.deleteAsideConfirm"))) void deleteEntry(entry.key).then(refresh);
      }, { class: "aside-delete" }),
    ),
  );
  render(games);
  modal.dialog.querySelector<HTMLButtonElement>("button")?.focus();
}
