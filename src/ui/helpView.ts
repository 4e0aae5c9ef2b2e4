// "How to play": the goal in a few sentences and every keyboard shortcut.
import { t } from "../i18n";
import { el, openModal, button } from "./dom";
import { MENU_SHORTCUTS, GAME_SHORTCUTS, type Shortcut } from "./shortcuts";

function shortcutTable(caption: string, shortcuts: Shortcut[]): HTMLElement {
  return el(
    "table",
    { class: "ledger" },
    el("caption", { class: "muted" }, caption),
    el("tbody", {}, shortcuts.map((shortcut) => el("tr", {}, el("td", {}, el("kbd", {}, shortcut.keys)), el("td", {}, t(shortcut.description))))),
  );
}

export function openHelp(): void {
  const { close } = openModal(
    { title: t("help.title"), className: "wide" },
    el("p", {}, t("help.goal")),
    el("p", {}, t("help.noDeal")),
    el("p", {}, t("help.deals")),
    el("p", {}, t("help.risks")),
    el("p", {}, t("help.score")),
    el("p", {}, t("help.turns")),
    el("div", { class: "charts" }, shortcutTable(t("help.menuKeys"), MENU_SHORTCUTS), shortcutTable(t("help.gameKeys"), GAME_SHORTCUTS)),
    el("div", { class: "actions" }, button(t("common.close"), () => close(), { class: "primary" })),
  );
}
