// The main menu (DOM over the Menu scene): new game, continue, open a replay, settings, help.
import { t, localized, formatMonth } from "../i18n";
import { el, button, byId, openModal, isTypingTarget } from "./dom";
import { app, loadClassroomModule, type Policy } from "./app";
import { attachSavesToMenu } from "./savesView";
import { pickTextFile } from "./files";
import { drawSeed, isValidSeed } from "./urlParams";
import { openSettings } from "./settingsView";
import { openHelp } from "./helpView";
import { showToast } from "./messages";

const DEFAULT_SCENARIO_ID = "may-2025";
const TUTORIAL_ID = "tutorial";

type LocalizedText = string | { en: string; fr?: string };

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && typeof (value as { en?: unknown }).en === "string") return localized(value as LocalizedText);
  return "";
}

export function mountMenu(): () => void {
  const newGame = () => void app.bundledScenarios().then(openNewGame);
  // The tutorial is one click from the menu, not an entry in New game's list.
  const tutorial = () => void app.bundledScenarios().then((scenarios) => {
    const found = scenarios.find((s) => s.id === TUTORIAL_ID);
    if (found) void app.startNewGame({ scenario: found.raw, seed: drawSeed(), policy: "bilateral", origin: found.id });
    else openNewGame();
  });
  const actions: Record<string, () => void> = {
    n: newGame,
    l: tutorial,
    // Continue (C) and the saved games (G) are filled in by attachSavesToMenu once the slots are read.
    r: () => void openReplay(),
    k: () => void loadClassroomModule().then((classroom) => classroom.pickClassFiles()),
    s: openSettings,
    h: openHelp,
    "?": openHelp,
  };
  const card = el(
    "nav",
    { class: "menu-card", "aria-label": t("menu.label") },
    el("h1", { class: "visually-hidden" }, t("app.title")),
    button(t("menu.newGame"), newGame, { class: "primary", id: "menu-new-game" }, "N"),
    button(t("menu.tutorial"), tutorial, { id: "menu-tutorial" }, "L"),
    button(t("menu.continue"), () => actions.c?.(), { id: "menu-continue", disabled: true }, "C"),
    button(t("menu.openReplay"), actions.r!, { id: "menu-open-replay" }, "R"),
    button(t("menu.classroom"), actions.k!, { id: "menu-classroom" }, "K"),
    el("div", { class: "muted hint" }, t("menu.classroomHint")),
    button(t("menu.settings"), openSettings, { id: "menu-settings" }, "S"),
    button(t("menu.help"), openHelp, { id: "menu-help" }, "H"),
  );
  attachSavesToMenu(card, actions);
  const title = el("header", { class: "menu-title" }, el("h1", {}, t("app.title")), el("p", {}, t("app.tagline")));
  card.querySelector("h1")?.remove();
  byId("overlay").append(title, card);
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    if (document.querySelector("dialog[open]")) return;
    const action = actions[event.key.toLowerCase()];
    if (action) {
      event.preventDefault();
      action();
    }
  };
  document.addEventListener("keydown", onKey);
  (card.querySelector("button:not(:disabled)") as HTMLButtonElement | null)?.focus();
  return () => {
    document.removeEventListener("keydown", onKey);
    card.remove();
    title.remove();
  };
}

/** A replay opens in the replay viewer (classroom), from its last month. */
async function openReplay(): Promise<void> {
  const file = await pickTextFile();
  if (file) await (await loadClassroomModule()).openViewerText(file.text, file.name);
}

/** The new-game form: scenario (bundled or from a file), seed (typed or drawn), policy regime. */
function openNewGame(): void {
  let loadedScenario: { scenario: unknown; name: string } | undefined;
  const scenarioSelect = el(
    "select",
    { id: "new-scenario", name: "scenario" },
    app.scenarios.map((summary) => el("option", { value: summary.id }, textOf(summary.title) || summary.id)),
  );
  // The real May 2025 world is the default; the tutorial and teachers' scenarios are one click away.
  if (app.scenarios.some((s) => s.id === DEFAULT_SCENARIO_ID)) scenarioSelect.value = DEFAULT_SCENARIO_ID;
  const description = el("p", { class: "muted", id: "new-scenario-description" });
  const describe = () => {
    const summary = app.scenarios.find((s) => s.id === scenarioSelect.value);
    const raw = (loadedScenario?.scenario ?? summary?.raw) as { startDate?: unknown; turns?: unknown } | undefined;
    const span = typeof raw?.startDate === "string" && typeof raw.turns === "number"
      ? ` ${t("newGame.span", { date: formatMonth(raw.startDate), turns: raw.turns })}`
      : "";
    description.textContent = (loadedScenario ? t("newGame.fromFile", { name: loadedScenario.name }) : textOf(summary?.description)) + span;
  };
  scenarioSelect.addEventListener("change", () => {
    loadedScenario = undefined;
    copyLink.hidden = true;
    linkOutput.hidden = true;
    describe();
  });
  describe();
  const loadFile = async () => {
    const file = await pickTextFile();
    if (!file) return;
    const checked = await app.openScenarioText(file.text, file.name);
    if (!checked.ok) return;
    loadedScenario = { scenario: checked.scenario, name: file.name };
    const title = textOf((checked.scenario as { title?: unknown }).title) || file.name;
    const option = el("option", { value: "__file__" }, t("newGame.fileOption", { title }));
    scenarioSelect.querySelector('option[value="__file__"]')?.remove();
    scenarioSelect.appendChild(option);
    scenarioSelect.value = "__file__";
    copyLink.hidden = false;
    describe();
  };
  const seedInput = el("input", { type: "text", id: "new-seed", name: "seed", value: drawSeed(), maxlength: 64, autocomplete: "off", "aria-describedby": "new-seed-help" });
  const seedError = el("div", { class: "muted", id: "new-seed-help" }, t("newGame.seedHelp"));
  const policyRadio = (policy: Policy) =>
    el(
      "label",
      {},
      el("input", { type: "radio", name: "policy", value: policy, checked: policy === "bilateral" }),
      el("span", {}, el("strong", {}, t(`policy.${policy}`)), " — ", t(`policy.${policy}.explain`)),
    );
  const nameInput = el("input", { type: "text", id: "new-player", name: "player", maxlength: 40, autocomplete: "name", placeholder: t("newGame.playerPlaceholder") });
  const linkOutput = el("input", { type: "text", id: "new-link", readonly: true, hidden: true, "aria-label": t("newGame.copyLink") });
  const copyLink = button(t("newGame.copyLink"), () => {
    if (!loadedScenario) return;
    const policyInput = modal.dialog.querySelector<HTMLInputElement>('input[name="policy"]:checked');
    const scenario = loadedScenario.scenario;
    void loadClassroomModule().then((classroom) => classroom.copyScenarioLink(scenario, seedInput.value.trim(), policyInput?.value ?? "bilateral")).then((url) => {
      if (!url) return;
      linkOutput.value = url;
      linkOutput.hidden = false;
      linkOutput.select();
    });
  }, { id: "new-copy-link", hidden: true });
  const startButton = button(t("newGame.start"), () => void start(), { class: "primary", id: "new-start" });
  const start = async () => {
    const seed = seedInput.value.trim();
    if (!isValidSeed(seed)) {
      seedError.textContent = t("newGame.seedInvalid");
      seedError.setAttribute("role", "alert");
      seedInput.focus();
      return;
    }
    const policyInput = modal.dialog.querySelector<HTMLInputElement>('input[name="policy"]:checked');
    const policy: Policy = policyInput?.value === "tiered" ? "tiered" : "bilateral";
    const summary = app.scenarios.find((s) => s.id === scenarioSelect.value);
    const scenario = loadedScenario?.scenario ?? summary?.raw;
    if (scenario === undefined) {
      showToast(t("newGame.noScenario"), "error");
      return;
    }
    startButton.disabled = true;
    startButton.textContent = t("newGame.starting");
    const player = nameInput.value.trim();
    const started = await app.startNewGame({ scenario, seed, policy, origin: loadedScenario?.name ?? summary?.id ?? "", ...(player ? { player } : {}) });
    modal.close();
    if (!started) startButton.disabled = false;
  };
  const modal = openModal(
    { title: t("newGame.title") },
    el(
      "form",
      { onsubmit: ((event: Event) => { event.preventDefault(); void start(); }) as EventListener },
      el(
        "fieldset",
        {},
        el("legend", {}, t("newGame.scenario")),
        el("div", { class: "row" }, el("label", { for: "new-scenario", class: "visually-hidden" }, t("newGame.scenario")), scenarioSelect, button(t("newGame.loadFile"), () => void loadFile(), { id: "new-load-file" })),
        description,
        el("div", { class: "row" }, copyLink),
        linkOutput,
      ),
      el(
        "fieldset",
        {},
        el("legend", {}, t("newGame.seed")),
        el("div", { class: "row" }, el("label", { for: "new-seed", class: "visually-hidden" }, t("newGame.seed")), seedInput, button(t("newGame.drawSeed"), () => { seedInput.value = drawSeed(); })),
        seedError,
      ),
      el("fieldset", {}, el("legend", {}, t("newGame.policy")), el("div", { class: "stack" }, policyRadio("bilateral"), policyRadio("tiered"))),
      el("fieldset", {}, el("legend", {}, t("newGame.player")), el("label", { for: "new-player", class: "visually-hidden" }, t("newGame.player")), nameInput, el("div", { class: "muted" }, t("newGame.playerHelp"))),
      el("div", { class: "actions" }, button(t("common.cancel"), () => modal.close()), startButton),
    ),
  );
  // Enter starts a game with the defaults at once; Tab reaches the choices.
  startButton.focus();
}
