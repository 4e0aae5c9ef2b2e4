// The classroom in a real headless Chromium, with real clicks and keys: the replay viewer (file picker,
// drag and drop, ?replay=), scrubbing months with the keyboard, a what-if branch, the other regime's
// counterfactual, the game review in its worker, the debrief that teaches (turn by turn, questions, CSV,
// print), a class of 30 replays checked against the core's numbers, and a link carrying a scenario.
// Screenshots go to test-artifacts/e2e/classroom-*.png.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { BOTS, buildReplay, playGame, type GameState, type Replay } from "../../src/core";
import { isHarmlessConsoleMessage, launchChromium, serveStatic, type StaticServer } from "./harness";
import { loadScenario, makeClass } from "./classFixtures";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist-e2e-classroom");
const artifacts = join(root, "test-artifacts", "e2e");
const work = join(artifacts, "classroom-files");
const SEED = "class-7";

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** One page for most of the flows: each screen goes back to the menu (Q) instead of reloading Phaser. */
let page: Page;
const consoleErrors: string[] = [];
let alice: Replay;
let randomGame: Replay;
let tieredGame: Replay;
let classFiles: { name: string; replay: Replay }[];

type Api = { ready: boolean; scene(): string; state(): GameState | null; replay(): Replay | null; load(text: string): Promise<boolean> };

async function open(url = server.url): Promise<Page> {
  const target = await context.newPage();
  target.on("console", (message) => {
    if (message.type() === "error" && !isHarmlessConsoleMessage(message.text())) consoleErrors.push(message.text());
  });
  target.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`));
  await target.goto(url);
  return target;
}

async function waitForScene(target: Page, name: string): Promise<void> {
  await target.waitForFunction((scene) => {
    const a = (window as unknown as { chipDiplomacy?: Api }).chipDiplomacy;
    return a?.ready === true && a.scene() === scene;
  }, name, { timeout: 180_000 });
}

async function shot(target: Page, name: string): Promise<void> {
  await target.waitForTimeout(150);
  await target.screenshot({ path: join(artifacts, `classroom-${name}.png`) });
}

function save(name: string, replay: Replay): string {
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(replay));
  return file;
}

beforeAll(async () => {
  mkdirSync(work, { recursive: true });
  const scenario = loadScenario(root);
  const build = (bot: string, policy: "bilateral" | "tiered", player: string) => {
    const played = playGame(scenario, SEED, BOTS[bot]!, { policy });
    const built = buildReplay({ scenario, seed: SEED, policy, actions: played.actions, gameVersion: "test", player });
    if (!built.ok) throw new Error(built.message);
    return built.replay;
  };
  alice = build("balanced", "bilateral", "human:Alice");
  randomGame = build("random", "bilateral", "human:Rémi");
  tieredGame = build("hawk", "tiered", "human:Tiered Tom");
  classFiles = makeClass(scenario, SEED, 30);
  execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  mkdirSync(join(dist, "replays"), { recursive: true });
  writeFileSync(join(dist, "replays", "alice.json"), JSON.stringify(alice));
  server = await serveStatic(dist);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  page = await open();
  await waitForScene(page, "Menu");
}, 400_000);

/** Back to the menu from any classroom screen, the debrief or a game. */
async function toMenu(): Promise<void> {
  await page.keyboard.press("Escape");
  await page.keyboard.press("q");
  await waitForScene(page, "Menu");
}

async function openReplayFile(name: string, replay: Replay): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.click("#menu-open-replay");
  await (await chooser).setFiles(save(name, replay));
  await waitForScene(page, "Classroom");
  await page.waitForSelector("#viewer");
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the replay viewer", () => {
  it("opens a replay from the menu's file picker and steps through the months with the keyboard", async () => {
    await openReplayFile("alice.json", alice);
    // It opens on the last month.
    expect(await page.locator("#viewer-month").innerText()).toContain(`${alice.turns.length} of ${alice.turns.length}`);
    await shot(page, "01-viewer-last-month");
    await page.keyboard.press("Home");
    expect(await page.locator("#viewer-month").innerText()).toContain("Month 1 of");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#viewer-month").innerText()).toContain("Month 3 of");
    expect(await page.locator("#viewer-month-3").getAttribute("aria-current")).toBe("true");
    await page.keyboard.press("ArrowLeft");
    expect(await page.locator("#viewer-month").innerText()).toContain("Month 2 of");
    // Month 1's decisions are the replay's first actions, in words; its ledger is there.
    await page.keyboard.press("Home");
    const decisions = await page.locator("#viewer-decisions li").count();
    const firstMonthActions = alice.actions.findIndex((a) => a.type === "endTurn");
    expect(decisions).toBe(firstMonthActions);
    expect(await page.locator("#viewer-ledger tbody tr").count()).toBeGreaterThan(0);
    await shot(page, "02-viewer-month-1");
    await page.keyboard.press("End");
    expect(await page.locator("#viewer-month").innerText()).toContain(`Month ${alice.turns.length} of`);
    // Clicking a month chip and the scrub bar both move the month.
    await page.click("#viewer-month-5");
    expect(await page.locator("#viewer-month").innerText()).toContain("Month 5 of");
  });

  it("opens a replay dropped on the page and one named by ?replay=, and refuses another site's", async () => {
    await toMenu();
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "dropped.json", { type: "application/json" }));
      return data;
    }, JSON.stringify(randomGame));
    await page.dispatchEvent("#overlay", "dragover", { dataTransfer: transfer });
    await page.dispatchEvent("#overlay", "drop", { dataTransfer: transfer });
    await waitForScene(page, "Classroom");
    expect(await page.locator("#viewer").innerText()).toContain("Rémi");
    await page.goto(`${server.url}?replay=replays/alice.json`);
    await waitForScene(page, "Classroom");
    expect(await page.locator("#viewer").innerText()).toContain("Alice");
    await page.goto(`${server.url}?replay=https://example.org/r.json`);
    await waitForScene(page, "Menu");
    expect(await page.locator("dialog.problems-dialog").innerText()).toContain("another site");
    await shot(page, "03-replay-link-from-another-site");
    await page.click("dialog.problems-dialog button");
  });

  it("branches a what-if with a bot from a month, shows both games, and the branch verifies with the CLI", async () => {
    await openReplayFile("alice.json", alice);
    await page.click("#viewer-month-6");
    await page.selectOption("#viewer-branch-bot", "hawk");
    await page.click("#viewer-branch");
    await page.waitForSelector("#viewer-compare:not([hidden])");
    const text = await page.locator("#compare-first-action").innerText();
    // The branch keeps the first five months; the bots may agree on the first actions of the sixth.
    const month = Number(/First different action: number \d+, in month (\d+)/.exec(text)?.[1]);
    expect(month).toBeGreaterThanOrEqual(6);
    expect(await page.locator("#compare-deals tbody tr").count()).toBeGreaterThan(0);
    await page.locator("#viewer-compare").scrollIntoViewIfNeeded();
    await shot(page, "04-what-if-branch");
    const download = page.waitForEvent("download");
    await page.click("#viewer-export-other");
    const file = join(work, "branch.json");
    await (await download).saveAs(file);
    const branch = JSON.parse(readFileSync(file, "utf8")) as Replay;
    expect(branch.parent).toEqual({ id: alice.id, finalHash: alice.final.hash, branchTurn: 5 });
    const cli = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "src/cli/main.ts"), "verify", file], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
  });

  it("plays the same seed under the tiered rule by the player's own actions, side by side", async () => {
    await page.locator("#viewer-scrub").focus();
    await page.keyboard.press("t");
    await page.waitForFunction(() => document.querySelector("#viewer-compare")?.textContent?.includes("Tiered rule"));
    await page.waitForSelector("#viewer-compare:not([hidden])");
    const compare = await page.locator("#viewer-compare").innerText();
    expect(compare).toContain("Tiered rule");
    expect(compare).toContain("different regimes");
    expect(compare).toMatch(/\d+ of the player's actions do not exist under this regime/);
    await page.locator("#viewer-compare").scrollIntoViewIfNeeded();
    await shot(page, "05-tiered-counterfactual");
    await page.locator("#viewer-charts").scrollIntoViewIfNeeded();
    await shot(page, "06-tracks-overlaid");
  });

  it("takes over a month of a replay and plays on: the new game records its parent", async () => {
    await page.click("#viewer-month-4");
    await page.keyboard.press("p");
    await waitForScene(page, "Game");
    const state = await page.evaluate(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.state());
    expect(state?.turn).toBe(3);
    await page.click("#toolbar-end-turn");
    const replay = await page.evaluate(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.replay());
    expect(replay?.parent).toEqual({ id: alice.id, finalHash: alice.final.hash, branchTurn: 3 });
    expect(replay?.player).toBe("human:Alice");
    await toMenu();
  });

  it("reviews a game in a worker: a progress bar, the evaluation by month and three key moments with their causes", async () => {
    await openReplayFile("remi.json", randomGame);
    await page.keyboard.press("v");
    await page.waitForSelector("#review-progress", { state: "attached", timeout: 10_000 });
    await page.waitForSelector("#review-table", { timeout: 120_000 });
    const rows = await page.locator("#review-table tbody tr").count();
    expect(rows).toBe(randomGame.turns.length);
    const moments = page.locator("#review-moments > li");
    expect(await moments.count()).toBeGreaterThan(0);
    expect(await moments.count()).toBeLessThanOrEqual(3);
    expect(await moments.first().innerText()).toMatch(/Month \d+ .*points/);
    // The swings add up: the evaluation from month 1 plus every month's swing is the player's final score.
    const swings = await page.locator("#review-table tbody tr td:nth-child(4)").allInnerTexts();
    const first = Number(await page.locator("#review-table tbody tr:first-child td:nth-child(2)").innerText());
    const total = swings.reduce((sum, s) => sum + Number(s.replace("−", "-").replace("+", "")), first);
    expect(total).toBe(randomGame.final.outcome?.score.total);
    await page.locator("#review").scrollIntoViewIfNeeded();
    await shot(page, "07-review");
    await toMenu();
  });
});

describe("the debrief that teaches", () => {
  it("shows the scenario's title, the turn-by-turn decisions, questions from the game, CSV, and prints without chrome", async () => {
    expect(await page.evaluate((text) => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.load(text), JSON.stringify(randomGame))).toBe(true);
    await waitForScene(page, "Debrief");
    expect(await page.locator("#debrief-setup").innerText()).toContain("May 2025: after the Diffusion rule");
    const months = await page.locator("#debrief-turns section.turn").count();
    expect(months).toBe(randomGame.turns.length);
    expect(await page.locator("#debrief-turns").innerText()).toMatch(/Month 1 — May 2025/);
    const questions = await page.locator("#debrief-questions li").count();
    expect(questions).toBeGreaterThanOrEqual(2);
    await page.locator("#debrief-questions").scrollIntoViewIfNeeded();
    await shot(page, "08-debrief-questions");
    const download = page.waitForEvent("download");
    await page.click("#debrief-csv-tracks");
    const csvFile = join(work, "tracks.csv");
    await (await download).saveAs(csvFile);
    const lines = readFileSync(csvFile, "utf8").trim().split("\n");
    expect(lines[0]).toContain("leakageTrue");
    expect(lines.length).toBe(randomGame.turns.length + 2); // header, the start, and every month
    const dealsDownload = page.waitForEvent("download");
    await page.click("#debrief-csv-deals");
    const dealsFile = join(work, "deals.csv");
    await (await dealsDownload).saveAs(dealsFile);
    expect(readFileSync(dealsFile, "utf8").split("\n")[0]).toContain("reservation_pm");
    // Printing: no buttons, light pages, A4 and Letter.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#debrief-export").isVisible()).toBe(false);
    await page.screenshot({ path: join(artifacts, "classroom-09-debrief-print.png") });
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      writeFileSync(join(artifacts, `classroom-debrief-${format}.pdf`), pdf);
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(16);
    }
    await page.emulateMedia({ media: "screen" });
    await toMenu();
  });

  it("does not show bargaining values after a tiered game, and 'review this game' opens the viewer", async () => {
    expect(await page.evaluate((text) => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.load(text), JSON.stringify(tieredGame))).toBe(true);
    await waitForScene(page, "Debrief");
    const truth = await page.locator("#hidden-truth").innerText();
    expect(truth).not.toContain("Bottom line");
    expect(truth).not.toContain("Temperament");
    expect(truth).toContain("nobody bargains");
    await page.locator("#hidden-truth").scrollIntoViewIfNeeded();
    await shot(page, "10-debrief-tiered");
    await page.click("#debrief-review");
    await waitForScene(page, "Classroom");
    await page.waitForSelector("#review-table", { timeout: 120_000 });
    await toMenu();
  });
});

describe("a whole class", () => {
  it("loads 30 replays at once, verifies them, and shows the core's numbers; hides names; exports CSV", async () => {
    const files = classFiles.map((c) => save(c.name, c.replay));
    // One tampered replay is listed with its reason and left out.
    const tampered = JSON.parse(JSON.stringify(classFiles[0]!.replay)) as Replay;
    tampered.turns[3]!.hash = "0123456789abcdef";
    files.push(save("tampered.json", tampered));
    const chooser = page.waitForEvent("filechooser");
    await page.click("#menu-classroom");
    await (await chooser).setFiles(files);
    await waitForScene(page, "Classroom");
    await page.waitForSelector("#class-table");
    expect(await page.locator("#class-loaded").innerText()).toMatch(/^30 replays verified/);
    expect(await page.locator("#class-failed").innerText()).toContain("tampered.json");
    expect(await page.locator("#class-world").innerText()).toContain("class-7");
    // The scores shown are the core's, in the files' order, labelled by the names stored in the replays.
    const shownScores = (await page.locator("#class-table td.score").allInnerTexts()).map(Number);
    const expected = classFiles.map((c) => c.replay.final.outcome?.score.total ?? -1);
    expect(shownScores).toEqual(expected);
    const names = await page.locator("#class-table tbody tr td:first-child").allInnerTexts();
    expect(names[0]).toBe("Alice");
    expect(names[2]).toBe("submission-03");
    const sorted = [...expected].sort((a, b) => a - b);
    const median = (sorted[14]! + sorted[15]!) / 2;
    expect(await page.locator("#class-stats").innerText()).toContain(`Median ${median}`);
    // Deals: one row per student, each cell the core's chips a month.
    expect(await page.locator("#class-deals tbody tr").count()).toBe(30);
    await shot(page, "11-class");
    // The charts below the first screen are drawn as they come into view.
    await page.locator("#class .charts").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll("#class .charts svg[role=img]").length === 3);
    await page.locator("#class-space").scrollIntoViewIfNeeded();
    await page.waitForSelector("#class-space svg");
    await shot(page, "12-class-utility-space");
    await page.click("#class-hide-names");
    const hidden = await page.locator("#class-table tbody tr td:first-child").allInnerTexts();
    expect(hidden[0]).toBe("Student 1");
    expect((await page.locator("#class").innerText()).includes("Alice")).toBe(false);
    await page.locator("#class-table").scrollIntoViewIfNeeded();
    await shot(page, "13-class-names-hidden");
    const download = page.waitForEvent("download");
    await page.click("#class-csv");
    const file = join(work, "class.csv");
    await (await download).saveAs(file);
    const rows = readFileSync(file, "utf8").trim().split("\n");
    expect(rows.length).toBe(31);
    expect(rows[1]?.startsWith("Student 1,")).toBe(true);
    await toMenu();
  });

  it("reads a course tool's .zip of submissions, and says when the seeds differ", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const entries: Record<string, Uint8Array> = {};
    classFiles.slice(0, 4).forEach((c, i) => { entries[`Student ${i + 1}_100${i}_assignsubmission_file_/replay.json`] = strToU8(JSON.stringify({ ...c.replay, player: "human" })); });
    entries["Other Seed_2000_assignsubmission_file_/replay.json"] = strToU8(JSON.stringify(tieredGame));
    const scenario = loadScenario(root);
    const elsewhere = playGame(scenario, "another-seed", BOTS.hawk!);
    const built = buildReplay({ scenario, seed: "another-seed", actions: elsewhere.actions, gameVersion: "test", player: "human" });
    if (built.ok) entries["Zed_3000_assignsubmission_file_/game.json"] = strToU8(JSON.stringify(built.replay));
    const zip = join(work, "submissions.zip");
    writeFileSync(zip, zipSync(entries));
    const chooser = page.waitForEvent("filechooser");
    await page.click("#menu-classroom");
    await (await chooser).setFiles(zip);
    await waitForScene(page, "Classroom");
    await page.waitForSelector("#class-table");
    // Labelled by the name in the replay, else by the student's folder in the .zip.
    const names = await page.locator("#class-table tbody tr td:first-child").allInnerTexts();
    expect(names).toEqual(["Tiered Tom", "Student 1", "Student 2", "Student 3", "Student 4", "Zed"]);
    expect(await page.locator("#class-world").innerText()).toContain("only the distributions");
    expect(await page.locator("#class-deals").count()).toBe(0);
    await shot(page, "14-class-from-zip-different-seeds");
    await toMenu();
  });
});

describe("links that carry a teacher's scenario", () => {
  it("copies a link with the scenario compressed in the fragment, which starts that game, named by the player", async () => {
    const custom = JSON.parse(readFileSync(join(root, "scenarios", "tutorial.json"), "utf8")) as Record<string, unknown>;
    custom.id = "teacher-own";
    custom.title = "A teacher's own world";
    const file = join(work, "teacher.json");
    writeFileSync(file, JSON.stringify(custom));
    await page.click("#menu-new-game");
    const chooser = page.waitForEvent("filechooser");
    await page.click("#new-load-file");
    await (await chooser).setFiles(file);
    await page.waitForSelector("#new-copy-link:not([hidden])");
    await page.fill("#new-seed", "link-seed");
    await page.click("#new-copy-link");
    await page.waitForSelector("#new-link:not([hidden])");
    const link = await page.inputValue("#new-link");
    expect(link).toMatch(/#scenario=[A-Za-z0-9_-]+&seed=link-seed&policy=bilateral$/);
    expect(link.length).toBeLessThan(32_000);
    await shot(page, "15-copy-scenario-link");
    await page.fill("#new-player", "Zoé");
    await page.click("#new-start");
    await waitForScene(page, "Game");
    await page.click("#toolbar-end-turn");
    expect((await page.evaluate(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.replay()))?.player).toBe("human:Zoé");
    // The link itself, pasted where the student's game was (only the fragment changes: the page reloads
    // and starts the link's game, at its first month).
    await page.goto(link);
    await page.waitForFunction(() => {
      const a = (window as unknown as { chipDiplomacy?: Api }).chipDiplomacy;
      return a?.ready === true && a.scene() === "Game" && a.state()?.turn === 0;
    }, null, { timeout: 180_000 });
    const state = await page.evaluate(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.state());
    expect([state?.scenarioId, state?.seed]).toEqual(["teacher-own", "link-seed"]);
    await page.goto(`${server.url}#scenario=not-a-scenario&seed=x`);
    await page.waitForSelector("dialog.problems-dialog", { timeout: 180_000 });
    expect(await page.locator("dialog.problems-dialog").innerText()).toContain("#scenario");
  }, 300_000);

  it("logged no console errors on any page", () => {
    expect(consoleErrors).toEqual([]);
  });
});
