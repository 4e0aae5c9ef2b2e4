// The classroom, loaded on demand (with Observable Plot, the worker and its own words): the replay viewer,
// what-if branches and counterfactuals, the game review and the class comparison. The menu and the game
// reach it only through this surface and app.openClassroom.
import type Phaser from "phaser";
import { actionsBefore, newGame, stateAtTurn, type Replay } from "../../core";
import { t } from "../../i18n";
import { app } from "../app";
import { byId, isTypingTarget } from "../dom";
import { downloadText, pickTextFile } from "../files";
import { showProblems, showToast } from "../messages";
import { worldMap } from "../scenes/Menu";
import { Session } from "../game/session";
import { ClassroomScene, type ClassroomPage } from "./scene";
import { gameFromReplay, loadGameText, type LoadedGame } from "./load";
import { ViewerCtrl } from "./viewer/ctrl";
import { viewerPage } from "./viewer/view";
import { ClassCtrl, analyseInWorkers } from "./class/ctrl";
import { classPage } from "./class/view";
import { gatherFiles, gatherUrls, type Gathered } from "./class/files";
import type { ClassFile } from "./class/analysis";
import { ct } from "./strings";
import { classroomWorkers } from "./workerClient";
import { decodeScenario, readScenarioFragment, scenarioLink } from "./link";
import { isValidSeed } from "../urlParams";
import "./classroom.css";

export function registerScene(manager: Phaser.Scenes.SceneManager): void {
  if (!manager.getScene("Classroom")) manager.add("Classroom", ClassroomScene, false);
}

async function bundled(): Promise<unknown[]> {
  return (await app.bundledScenarios()).map((s) => s.raw);
}

/** Reads and verifies one replay; problems are shown over the current screen. */
export async function loadOrReport(text: string, origin: string): Promise<LoadedGame | null> {
  const loaded = loadGameText(text, origin, await bundled());
  if (loaded.ok) return loaded.game;
  showProblems(t("replay.invalidTitle", { origin }), loaded.problems, t("replay.invalidHint"));
  return null;
}

/** Keys typed into a text field are not shortcuts; a checkbox, a radio or the month scrubber is no text field. */
function typingText(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement && ["checkbox", "radio", "range"].includes(target.type)) return false;
  return isTypingTarget(target);
}

function sessionAt(game: LoadedGame, month: number): Session {
  const start = newGame(game.scenario, game.replay.seed, { policy: game.replay.policy });
  const state = stateAtTurn(game.timeline, month);
  const session = Session.fromReplay(start, state, actionsBefore(game.timeline, month), game.replay.turns.slice(0, month).map((turn) => turn.hash));
  session.player = game.replay.player;
  return session;
}

function exportReplay(replay: Replay, suffix: string): void {
  downloadText(`chip-diplomacy-${replay.scenario.id}-${replay.seed.replace(/[^\w-]+/g, "_")}-${suffix}.json`, JSON.stringify(replay, null, 1));
}

/** The viewer's page for a loaded game. */
export function viewerFor(game: LoadedGame, month?: number, review = false): ClassroomPage {
  return {
    mount: (scene) => {
      const ctrl = new ViewerCtrl(game, {
        takeOver: (g, m) => {
          const session = sessionAt(g, m);
          session.parent = { id: g.replay.id, finalHash: g.replay.final.hash, branchTurn: m };
          void app.openSession(session);
        },
        debrief: (g) => {
          const session = sessionAt(g, Number.MAX_SAFE_INTEGER);
          const full = Session.fromReplay(session.start, g.final, g.replay.actions, g.replay.turns.map((turn) => turn.hash));
          full.player = g.replay.player;
          void app.openSession(full);
        },
        menu: () => app.showMenu(),
        error: (message) => showToast(message, "error"),
      }, month);
      const page = viewerPage(ctrl, worldMap(scene), {
        compareFile: () => void (async () => {
          const file = await pickTextFile();
          if (!file) return;
          const other = await loadOrReport(file.text, file.name);
          if (other) ctrl.compareWith(other);
        })(),
        exportOther: () => {
          if (ctrl.other) exportReplay(ctrl.other.game.replay, ctrl.other.kind);
        },
      });
      byId("overlay").appendChild(page.root);
      // The review's workers load their code now, while the teacher looks at the game, not after the click.
      warmWorkers();
      if (review) void ctrl.startReview();
      (page.root.querySelector("#viewer-scrub") as HTMLElement | null)?.focus();
      const onKey = (event: KeyboardEvent) => {
        if (event.ctrlKey || event.metaKey || event.altKey || document.querySelector("dialog[open]")) return;
        if (typingText(event.target)) return;
        const keys: Record<string, () => void> = {
          ArrowLeft: () => ctrl.step(-1),
          ArrowRight: () => ctrl.step(1),
          Home: () => ctrl.jump(0),
          End: () => ctrl.jump(ctrl.months() - 1),
          p: () => ctrl.takeOver(),
          b: () => (page.root.querySelector("#viewer-branch") as HTMLButtonElement | null)?.click(),
          t: () => (page.root.querySelector("#viewer-counterfactual") as HTMLButtonElement | null)?.click(),
          v: () => void ctrl.startReview(),
          d: () => ctrl.host.debrief(game),
          q: () => app.showMenu(),
        };
        const action = keys[event.key] ?? keys[event.key.toLowerCase()];
        if (!action) return;
        event.preventDefault();
        action();
      };
      document.addEventListener("keydown", onKey);
      return () => {
        document.removeEventListener("keydown", onKey);
        page.destroy();
        page.root.remove();
      };
    },
  };
}

/** Opens the replay viewer on a replay's text (the menu's "Open a replay", a dropped file, ?replay=). */
export function openViewerText(text: string, origin: string): Promise<boolean> {
  return app.openClassroom(async () => {
    const game = await loadOrReport(text, origin);
    return game ? viewerFor(game) : null;
  });
}

/** The viewer on the player's own game, from the debrief's "review this game". */
export function openViewerReplay(replay: Replay, scenario: LoadedGame["scenario"], label: string, review = false): Promise<boolean> {
  return app.openClassroom(async () => {
    const loaded = gameFromReplay(replay, scenario, label);
    if (!loaded.ok) {
      showProblems(t("replay.invalidTitle", { origin: label }), loaded.problems);
      return null;
    }
    return viewerFor(loaded.game, undefined, review);
  });
}

/** ?replay=<same-origin URL> opens the viewer. Returns false (after saying why) when the link cannot be used. */
export async function openFromUrl(location: Location): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  if (location.hash.startsWith("#scenario=")) return openScenarioLink(location);
  const list = params.get("class");
  if (list !== null) return openClassList(list, location);
  const target = params.get("replay");
  if (target === null) return false;
  let url: URL;
  try {
    url = new URL(target, location.href);
  } catch {
    showProblems(t("url.invalidTitle"), [{ path: "replay", message: `“${target.slice(0, 80)}” is not a URL` }]);
    return false;
  }
  if (url.origin !== location.origin) {
    showProblems(t("url.invalidTitle"), [{ path: "replay", message: `${url.origin} is another site: a replay link must point beside the game (${location.origin})` }]);
    return false;
  }
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await openViewerText(await response.text(), url.pathname.split("/").pop() ?? url.pathname);
  } catch (error) {
    showProblems(t("url.invalidTitle"), [{ path: "replay", message: `${url.pathname} could not be fetched (${error instanceof Error ? error.message : String(error)})` }]);
    return false;
  }
}

function classFor(gathered: Gathered, data: Awaited<ReturnType<typeof analyseInWorkers>>): ClassroomPage {
  return {
    mount: () => {
      const ctrl = new ClassCtrl(data, gathered.files, {
        openStudent: (file: ClassFile) => void openViewerText(file.text, file.name),
        exportCsv: (name, text) => downloadText(name, text, "text/csv"),
        menu: () => app.showMenu(),
      }, gathered.problems);
      const page = classPage(ctrl);
      byId("overlay").appendChild(page.root);
      (page.root.querySelector("#class-hide-names") as HTMLElement | null)?.focus();
      const onKey = (event: KeyboardEvent) => {
        if (event.ctrlKey || event.metaKey || event.altKey || typingText(event.target) || document.querySelector("dialog[open]")) return;
        if (event.key.toLowerCase() === "q") app.showMenu();
      };
      document.addEventListener("keydown", onKey);
      return () => {
        document.removeEventListener("keydown", onKey);
        page.destroy();
        page.root.remove();
      };
    },
  };
}

/** A class from gathered files: verified in the workers, compared on one page. */
export function openClassGathered(gathered: Gathered): Promise<boolean> {
  return app.openClassroom(async () => {
    if (gathered.files.length === 0) {
      showProblems(ct("class.title"), gathered.problems.map((p) => ({ path: p.file, message: p.reason })));
      return null;
    }
    const data = await analyseInWorkers(gathered.files, await bundled());
    return classFor(gathered, data);
  });
}

/** Starts the classroom's workers (their code loads in the background); nothing waits for them. */
function warmWorkers(): void {
  for (const worker of classroomWorkers()) void worker.ready();
}

/** Files dropped on the page or picked: one replay opens the viewer, several (or a .zip) the class. */
export async function openFiles(files: readonly File[]): Promise<boolean> {
  if (files.length === 0) return false;
  // The workers load their code while the files are read.
  if (files.length > 1 || /\.zip$/i.test(files[0]?.name ?? "")) warmWorkers();
  const single = files.length === 1 && files[0] && !/\.zip$/i.test(files[0].name) ? files[0] : null;
  if (single) {
    const gathered = await gatherFiles([single]);
    const file = gathered.files[0];
    if (!file) {
      showProblems(ct("class.title"), gathered.problems.map((p) => ({ path: p.file, message: p.reason })));
      return false;
    }
    return openViewerText(file.text, file.name);
  }
  return openClassGathered(await gatherFiles(files));
}

/** The menu's "compare a class": pick replay files or a .zip. */
export function pickClassFiles(): Promise<boolean> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.multiple = true;
    input.accept = ".json,.zip,application/json,application/zip";
    input.className = "visually-hidden";
    input.addEventListener("change", () => {
      const files = [...(input.files ?? [])];
      input.remove();
      void openFiles(files).then(resolve);
    });
    input.addEventListener("cancel", () => { input.remove(); resolve(false); });
    document.body.appendChild(input);
    input.click();
  });
}

/** A class from same-origin URLs (a teacher's list, or ?class=<list.json>). */
export async function openClassUrls(urls: readonly string[]): Promise<boolean> {
  return openClassGathered(await gatherUrls(urls, window.location.href));
}

/** ?class=<same-origin URL of a list>: a JSON array of replay URLs, or one URL a line, relative to the list. */
async function openClassList(list: string, location: Location): Promise<boolean> {
  try {
    const url = new URL(list, location.href);
    if (url.origin !== location.origin) throw new Error(`${url.origin} is another site: the list must be served beside the game`);
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    const trimmed = text.trim();
    const entries: unknown = trimmed.startsWith("[") ? JSON.parse(trimmed) : trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
    if (!Array.isArray(entries) || !entries.every((e) => typeof e === "string")) throw new Error("the list is neither a JSON array of URLs nor one URL a line");
    return await openClassGathered(await gatherUrls(entries.map((e) => new URL(e, url).href), location.href));
  } catch (error) {
    showProblems(t("url.invalidTitle"), [{ path: "class", message: error instanceof Error ? error.message : String(error) }]);
    return false;
  }
}

/** #scenario=…&seed=…&policy=…: a teacher's own scenario carried in the link starts its game. */
async function openScenarioLink(location: Location): Promise<boolean> {
  const link = readScenarioFragment(location.hash);
  const problems: { path: string; message: string }[] = [];
  let scenario: unknown;
  try {
    if (!link) throw new Error("the fragment names no scenario");
    scenario = await decodeScenario(link.data);
  } catch (error) {
    problems.push({ path: "#scenario", message: ct("link.bad", { reason: error instanceof Error ? error.message : String(error) }) });
  }
  const seed = link?.seed ?? "";
  if (!isValidSeed(seed)) problems.push({ path: "seed", message: t("url.seedInvalid") });
  const policy = link?.policy ?? "bilateral";
  if (policy !== "bilateral" && policy !== "tiered") problems.push({ path: "policy", message: t("url.policyInvalid", { value: policy.slice(0, 32) }) });
  if (problems.length > 0) {
    showProblems(t("url.invalidTitle"), problems, t("url.invalidHint"));
    return false;
  }
  return app.startNewGame({ scenario, seed, policy: policy as "bilateral" | "tiered", origin: "link" });
}

/** Copies the link carrying `scenario`, or says it is too large (then the file is the way to share it). */
export async function copyScenarioLink(scenario: unknown, seed: string, policy: string): Promise<string | null> {
  const link = await scenarioLink(window.location.href, scenario, seed, policy);
  if (!link.url) {
    showToast(ct("link.tooLong", { length: link.length }), "error");
    return null;
  }
  try {
    await navigator.clipboard.writeText(link.url);
    showToast(ct("link.copied"), "info");
  } catch {
    // No clipboard (permissions, an insecure origin): the form shows the link to copy by hand.
  }
  return link.url;
}
