// The settings dialog, shared by the menu and the game.
import { t, setLocale } from "../i18n";
import { el, openModal, button } from "./dom";
import { settings, updateSettings, type TextSize } from "./settings";

export function openSettings(): void {
  const current = settings();
  const sizes: TextSize[] = ["normal", "large", "larger"];
  const sizeField = el(
    "fieldset",
    {},
    el("legend", {}, t("settings.textSize")),
    sizes.map((size) =>
      el(
        "label",
        {},
        el("input", {
          type: "radio",
          name: "text-size",
          value: size,
          checked: current.textSize === size,
          onchange: (() => updateSettings({ textSize: size })) as EventListener,
        }),
        t(`settings.textSize.${size}`),
      ),
    ),
  );
  const checkbox = (label: string, checked: boolean, onChange: (value: boolean) => void) =>
    el(
      "label",
      {},
      el("input", { type: "checkbox", checked, onchange: ((event: Event) => onChange((event.target as HTMLInputElement).checked)) as EventListener }),
      label,
    );
  const languageSelect = el(
    "select",
    {
      id: "settings-language",
      onchange: ((event: Event) => {
        const locale = (event.target as HTMLSelectElement).value === "fr" ? "fr" : "en";
        // The dialog itself switches at once: it is reopened in the new language, focus on the same choice.
        void setLocale(locale).then(() => {
          updateSettings({ locale });
          close();
          openSettings();
          document.getElementById("settings-language")?.focus();
        });
      }) as EventListener,
    },
    el("option", { value: "en", selected: current.locale === "en" }, "English"),
    el("option", { value: "fr", selected: current.locale === "fr" }, "Français"),
  );
  const { close } = openModal(
    { title: t("settings.title"), className: "settings-dialog keep-open" },
    sizeField,
    el(
      "fieldset",
      {},
      el("legend", {}, t("settings.display")),
      el(
        "div",
        { class: "stack" },
        checkbox(t("settings.palette"), current.colourBlindPalette, (value) => updateSettings({ colourBlindPalette: value })),
        checkbox(t("settings.sound"), current.sound, (value) => updateSettings({ sound: value })),
        el("label", { for: "settings-language" }, t("settings.language"), languageSelect),
      ),
    ),
    el("p", { class: "muted" }, t("settings.note")),
    el("div", { class: "actions" }, button(t("common.close"), () => close(), { class: "primary" })),
  );
}
