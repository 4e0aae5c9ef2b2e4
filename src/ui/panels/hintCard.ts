// The scenario's hints (the tutorial teaches one mechanic a month) in a card that stays until the player
// closes it — a toast would vanish before a newcomer has read it.
import { t } from "../../i18n";
import { el, byId, button } from "../dom";
import { announce } from "../announce";

export function showHint(text: string): void {
  document.getElementById("hint-card")?.remove();
  const card = el(
    "aside",
    { class: "hint-card", id: "hint-card", role: "note", "aria-labelledby": "hint-card-title" },
    el("h3", { id: "hint-card-title" }, t("hint.title")),
    el("p", {}, text),
    button(t("hint.dismiss"), () => card.remove(), { id: "hint-dismiss" }),
  );
  byId("overlay").appendChild(card);
  announce(`${t("hint.title")}: ${text}`);
}

export function clearHint(): void {
  document.getElementById("hint-card")?.remove();
}
