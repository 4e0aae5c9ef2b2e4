// The game in a real headless Chromium: from the menu with real clicks to the debrief, a negotiation
// with a counter-offer and a deal, every screen photographed into test-artifacts/e2e/, the replay
// exported from the browser and verified in Node (core and CLI), bad input reported in plain words,
// and no console errors anywhere.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { parseReplayText, validateScenario, verifyReplay, simulate, type GameState } from "../../src/core";
import { isHarmlessConsoleMessage, launchChromium, openGameLink, serveStatic, type StaticServer } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist-e2e");
const artifacts = join(root, "test-artifacts", "e2e");
const VIEWPORT = { width: 1280, height: 800 };

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

type Api = {
  ready: boolean;
  scene(): string;
  state(): GameState | null;
  hash(): string | null;
  locate(id: string): { x: number; y: number } | null;
};
declare global {
  interface Window {
    chipDiplomacy: Api;
  }
}

function watch(target: Page): void {
  target.on("console", (message) => {
    if (message.type() === "error" && !isHarmlessConsoleMessage(message.text())) consoleErrors.push(message.text());
  });
  target.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`));
}

async function shot(name: string, target: Page = page): Promise<void> {
  await target.waitForTimeout(120); // one or two frames for Phaser to draw what changed
  await target.screenshot({ path: join(artifacts, `${name}.png`) });
}

/** Clicks a toolbar button, through "More" when the window is too narrow to show it on the toolbar's row. */
async function clickTool(id: string, target: Page = page): Promise<void> {
  if (!(await target.isVisible(`#${id}`))) await target.click("#toolbar-more");
  await target.click(`#${id}`);
}

async function waitForScene(name: string, target: Page = page): Promise<void> {
  await target.waitForFunction((scene) => window.chipDiplomacy?.ready === true && window.chipDiplomacy.scene() === scene, name, { timeout: 30_000 });
}

const state = (target: Page = page) => target.evaluate(() => window.chipDiplomacy.state()) as Promise<GameState>;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  server = await serveStatic(dist);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  page = await context.newPage();
  watch(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a whole game in the browser", () => {
  let chosen = "";
  const hashesSeenInBrowser: string[] = [];

  it("opens the menu and starts a game with real clicks", async () => {
    await page.goto(server.url);
    await waitForScene("Menu");
    await page.waitForTimeout(1200); // the world map is fetched after the menu is ready, then fades in
    await shot("01-menu");
    await page.click("#menu-new-game");
    await page.fill("#new-seed", "e2e-classroom");
    await shot("02-new-game");
    await page.click("#new-start");
    await waitForScene("Game");
    await shot("03-game-map");
    const s = await state();
    expect(s.turn).toBe(0);
    expect(s.seed).toBe("e2e-classroom");
  });

  it("hovers and opens a country, makes an offer, receives a counter and closes the deal", async () => {
    const s = await state();
    // A partner who will bargain for more than one round, preferring the UAE (the game's emblematic deal).
    const candidates = s.scenario.countries
      .filter((c) => !c.adversary && (s.countries[c.id]?.hidden.patience ?? 0) >= 2)
      .map((c) => c.id);
    chosen = candidates.includes("AE") ? "AE" : (candidates[0] ?? "");
    expect(chosen).not.toBe("");
    const at = await page.evaluate((id) => window.chipDiplomacy.locate(id), chosen);
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await shot("04-tooltip");
    await page.mouse.click(at!.x, at!.y);
    await page.waitForSelector("#country-panel:not([hidden])");
    await shot("05-country-panel");

    await page.click("#panel-offer");
    await page.waitForSelector("#offer-send");
    const demand = s.countries[chosen]!.demand;
    const capacity = s.scenario.countries.find((c) => c.id === chosen)!.investmentCapacity;
    // A low first offer: few chips, a large pledge asked, every safeguard.
    await page.fill("#offer-chips", String(Math.round(demand * 0.2)));
    await page.fill("#offer-investment", String(capacity));
    for (const condition of ["kyc", "locationVerification", "onSiteAudits"]) await page.check(`#offer-${condition}`);
    await shot("06-offer-form");
    await page.click("#offer-send");
    await page.waitForSelector("#panel-reply");
    const replyClass = await page.getAttribute("#panel-reply", "class");
    expect(replyClass).toContain("counter");
    expect(await page.locator("#panel-reply li").count()).toBeGreaterThan(0);
    expect(await page.locator("#offer-history li").count()).toBe(2);
    await shot("07-counter-offer");

    // "Accept their terms" appeared where "Send the offer" was: it ignores the pointer for a moment.
    await page.waitForTimeout(500);
    await page.click("#panel-accept");
    await page.waitForFunction((id) => window.chipDiplomacy.state()?.countries[id]?.deal !== null, chosen);
    await shot("08-deal-signed");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#country-panel[hidden]", { state: "attached" });
  });

  it("switches map layers and opens the other screens", async () => {
    await page.keyboard.press("2");
    await shot("09-layer-former-tier");
    await page.keyboard.press("3");
    await shot("10-layer-leakage-risk");
    // Zoom on the Gulf with the wheel, then back to the whole world with 0.
    const gulf = await page.evaluate(() => window.chipDiplomacy.locate("AE"));
    await page.mouse.move(gulf!.x, gulf!.y);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -120);
    await shot("10b-zoomed-on-the-gulf");
    await page.keyboard.press("0");
    await page.keyboard.press("1");
    await page.click("#toolbar-actions");
    await page.waitForSelector("#policy-actions");
    await shot("11-policy-actions");
    await page.keyboard.press("Escape");
    await clickTool("toolbar-help");
    await shot("12-help");
    await page.keyboard.press("Escape");
    await clickTool("toolbar-settings");
    await page.locator("dialog label", { hasText: "Colour-blind-safe palette" }).click();
    await page.keyboard.press("Escape");
    await shot("13-colour-blind-palette");
    await clickTool("toolbar-settings");
    await page.locator("dialog label", { hasText: "Colour-blind-safe palette" }).click();
    await page.keyboard.press("Escape");
  });

  it("ends every turn, reading the turn reports, and reaches the debrief", async () => {
    const turns = (await state()).scenario.turns;
    for (let turn = 0; turn < turns; turn++) {
      await page.click("#toolbar-end-turn");
      hashesSeenInBrowser.push((await page.evaluate(() => window.chipDiplomacy.hash()))!);
      if ((await page.evaluate(() => window.chipDiplomacy.scene())) === "Debrief") break;
      await page.waitForSelector("dialog.turn-report");
      if (turn === 0) await shot("14-turn-report");
      await page.click("#report-close");
    }
    await waitForScene("Debrief");
    const final = await state();
    expect(final.status).toBe("over");
    expect(final.countries[chosen]?.deal ?? null).not.toBeNull();
    await shot("15-debrief");
    await page.locator("#hidden-truth").scrollIntoViewIfNeeded();
    await shot("16-debrief-hidden-truth");
    await page.locator(".charts").scrollIntoViewIfNeeded();
    await shot("16b-debrief-charts");
  });

  it("exports a replay whose per-turn hashes match the core run in Node and the CLI's verify", async () => {
    const download = page.waitForEvent("download");
    await page.click("#debrief-export");
    const file = join(artifacts, "replay.json");
    await (await download).saveAs(file);
    const parsed = parseReplayText(readFileSync(file, "utf8"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const replay = parsed.value;
    const scenario = validateScenario(replay.scenario.embedded);
    expect(scenario.ok).toBe(true);
    if (!scenario.ok) return;
    const sim = simulate(scenario.value, replay.seed, replay.policy, replay.actions);
    expect(sim.ok).toBe(true);
    expect(sim.turns.map((t) => t.hash)).toEqual(replay.turns.map((t) => t.hash));
    expect(replay.turns.map((t) => t.hash)).toEqual(hashesSeenInBrowser);
    expect(verifyReplay(replay, scenario.value).kind).toBe("verified");
    const cli = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "src/cli/main.ts"), "verify", file], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
  });
});

describe("keyboard play and bad input", () => {
  it("plays with the keyboard alone", async () => {
    const keys = await context.newPage();
    watch(keys);
    await keys.goto(server.url);
    await waitForScene("Menu", keys);
    await keys.keyboard.press("n");
    await keys.waitForSelector("#new-start");
    await keys.keyboard.press("Enter"); // Start has the focus: the defaults start a game
    await waitForScene("Game", keys);
    await keys.keyboard.press("ArrowRight");
    await keys.keyboard.press("Enter");
    await keys.waitForSelector("#country-panel:not([hidden])");
    await keys.keyboard.press("Escape");
    await keys.keyboard.press("e");
    await keys.waitForSelector("dialog.turn-report");
    await keys.keyboard.press("Escape");
    expect((await state(keys)).turn).toBe(1);
    await keys.close();
  });

  it("starts the game named in the URL, and explains a bad link instead of starting", async () => {
    const scenarioId = (await state()).scenarioId;
    const direct = await context.newPage();
    watch(direct);
    await openGameLink(direct, `${server.url}?scenario=${scenarioId}&seed=shared-link&policy=tiered`);
    await waitForScene("Game", direct);
    const s = await state(direct);
    expect([s.seed, s.policy]).toEqual(["shared-link", "tiered"]);
    await direct.goto(`${server.url}?scenario=no-such-world&seed=&policy=feudal`);
    await waitForScene("Menu", direct);
    const text = await direct.locator("dialog.problems-dialog").innerText();
    expect(text).toContain("no-such-world");
    expect(text).toContain("feudal");
    await shot("17-bad-url", direct);
    await direct.close();
  });

  it("lists the problems of a broken replay file, with no stack trace", async () => {
    const broken = await context.newPage();
    watch(broken);
    await broken.goto(server.url);
    await waitForScene("Menu", broken);
    const chooser = broken.waitForEvent("filechooser");
    await broken.click("#menu-open-replay");
    const tampered = JSON.parse(readFileSync(join(artifacts, "replay.json"), "utf8")) as { turns: { hash: string }[] };
    tampered.turns[1]!.hash = "0123456789abcdef";
    const file = join(artifacts, "tampered-replay.json");
    writeFileSync(file, JSON.stringify(tampered));
    await (await chooser).setFiles(file);
    const dialog = broken.locator("dialog.problems-dialog");
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain("turn 2");
    expect(text).not.toMatch(/at \w+ \(|\.ts:\d+/);
    await shot("18-tampered-replay", broken);
    await broken.click("dialog.problems-dialog button");

    // A scenario file with mistakes, loaded from the new-game form: every problem with its JSON path.
    const scenario = JSON.parse(readFileSync(join(root, "scenarios/tutorial.json"), "utf8")) as Record<string, unknown> & { countries: Record<string, unknown>[] };
    scenario.turns = "six";
    scenario.countries[0]!.demand = -5;
    const badScenario = join(artifacts, "bad-scenario.json");
    writeFileSync(badScenario, JSON.stringify(scenario));
    await broken.click("#menu-new-game");
    const scenarioChooser = broken.waitForEvent("filechooser");
    await broken.click("#new-load-file");
    await (await scenarioChooser).setFiles(badScenario);
    const problems = broken.locator("dialog.problems-dialog");
    await problems.waitFor();
    const listed = await problems.innerText();
    expect(listed).toContain("turns");
    // The path names the country, as the command line does.
    expect(listed).toContain("countries[0] (CN).demand");
    await shot("18b-bad-scenario-file", broken);
    await broken.close();
  });

  it("re-simulates a replay handed to window.chipDiplomacy.load and shows its end", async () => {
    const loader = await context.newPage();
    watch(loader);
    await loader.goto(server.url);
    await waitForScene("Menu", loader);
    const replay = readFileSync(join(artifacts, "replay.json"), "utf8");
    expect(await loader.evaluate((text) => (window as unknown as { chipDiplomacy: { load(r: string): Promise<boolean> } }).chipDiplomacy.load(text), replay)).toBe(true);
    await waitForScene("Debrief", loader);
    expect((await state(loader)).status).toBe("over");
    await loader.close();
  });

  it("falls back to Canvas where WebGL is missing, and stays crisp at devicePixelRatio 2", async () => {
    const noWebGl = await launchChromium(["--disable-3d-apis"]);
    try {
      const canvasPage = await noWebGl.newPage({ viewport: VIEWPORT });
      watch(canvasPage);
      await canvasPage.goto(`${server.url}?scenario=may-2025&seed=canvas-fallback`);
      await waitForScene("Game", canvasPage);
      expect(await canvasPage.evaluate(() => document.createElement("canvas").getContext("webgl"))).toBeNull();
      await canvasPage.keyboard.press("3");
      await shot("20-canvas-renderer", canvasPage);
    } finally {
      await noWebGl.close();
    }
    const retina = await browser.newPage({ viewport: { width: 900, height: 600 }, deviceScaleFactor: 2 });
    watch(retina);
    await retina.goto(`${server.url}?scenario=may-2025&seed=retina`);
    await waitForScene("Game", retina);
    const size = await retina.evaluate(() => { const c = document.querySelector("#game canvas") as HTMLCanvasElement; return [c.width, c.height]; });
    expect(size).toEqual([1800, 1200]);
    await shot("21-device-pixel-ratio-2", retina);
    await retina.close();
  });

  it("switches to French from the settings, menu and game alike", async () => {
    const french = await context.newPage();
    watch(french);
    await french.goto(server.url);
    await waitForScene("Menu", french);
    await french.click("#menu-settings");
    await french.selectOption("#settings-language", "fr");
    await french.waitForFunction(() => document.querySelector("#menu-new-game")?.textContent?.includes("Nouvelle partie"));
    await french.keyboard.press("Escape");
    await french.waitForTimeout(1200);
    await shot("22-menu-in-french", french);
    await openGameLink(french, `${server.url}?scenario=may-2025&seed=en-francais`);
    await waitForScene("Game", french);
    expect(await french.locator("#toolbar-end-turn").innerText()).toContain("Fin du tour");
    await french.click("#toolbar-end-turn");
    await french.waitForSelector("dialog.turn-report");
    await shot("23-turn-report-in-french", french);
    await french.evaluate(() => localStorage.removeItem("chip-diplomacy/settings/v1"));
    await french.close();
  });

  it("logged no console errors on any page", () => {
    expect(consoleErrors).toEqual([]);
  });
});
