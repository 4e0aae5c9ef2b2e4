// Determinism proven in a second browser: the built game in Debian's firefox-esr (headless, driven by
// puppeteer-core over WebDriver BiDi; no WebGL there, so Phaser runs on Canvas) and in Chromium is handed a
// replay Node recorded (window.chipDiplomacy.load: the game re-simulates and verifies it in the page), then
// asked for the replay of the game it opened (re-simulated again in the page); every per-turn hash must
// equal Node's. QuickJS is the fourth engine (tests/engine).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import puppeteer, { type Browser as FirefoxBrowser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOTS, buildReplay, parseScenarioText, playGame } from "../../src/core";
import { isHarmlessConsoleMessage, launchChromium, serveStatic, type StaticServer } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist-firefox");
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const SEED = "firefox-1";

type Api = { ready: boolean; scene(): string; load(replay: unknown): Promise<boolean>; replay(): { startHash: string; turns: { hash: string }[] } | null };

/** Runs in the page: open the replay, then the per-turn hashes of the game the page rebuilt. */
async function hashesInPage(replayText: string): Promise<{ opened: boolean; hashes: string[]; webgl: boolean }> {
  const api = (window as unknown as { chipDiplomacy: Api }).chipDiplomacy;
  const opened = await api.load(replayText);
  // The game scene takes over the session once it has started: wait for it (a bot's game ends in the debrief).
  for (let i = 0; i < 600 && (!api.ready || api.replay() === null); i++) await new Promise((r) => setTimeout(r, 100));
  const replay = api.replay();
  return {
    opened,
    hashes: replay ? [replay.startHash, ...replay.turns.map((t) => t.hash)] : [],
    webgl: document.createElement("canvas").getContext("webgl") !== null,
  };
}

let server: StaticServer;
let firefox: FirefoxBrowser | undefined;
let replayText = "";
let nodeHashes: string[] = [];

beforeAll(async () => {
  const checked = parseScenarioText(readFileSync(join(root, "scenarios", "may-2025.json"), "utf8"));
  if (!checked.ok) throw new Error("may-2025 does not validate");
  const bot = BOTS.balanced;
  if (!bot) throw new Error("no balanced bot");
  const played = playGame(checked.value, SEED, bot, { policy: "bilateral" });
  const built = buildReplay({ scenario: checked.value, seed: SEED, policy: "bilateral", actions: played.actions, gameVersion: "test", player: "bot:balanced" });
  if (!built.ok) throw new Error("the bot's game does not build a replay");
  replayText = JSON.stringify(built.replay);
  nodeHashes = [built.replay.startHash, ...played.turnHashes];
  expect(nodeHashes.length).toBeGreaterThan(10);
  execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  server = await serveStatic(dist);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe("the same game in Firefox, Chromium and Node", () => {
  it("firefox-esr is installed (.ci/run installs it)", () => {
    expect(existsSync(FIREFOX_PATH)).toBe(true);
  });

  it("Firefox ESR (Canvas, no WebGL) reaches Node's hash at every month", async () => {
    firefox = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX_PATH, headless: true, protocol: "webDriverBiDi" });
    const page = await firefox.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`page error: ${String(error)}`));
    page.on("console", (message) => { if (message.type() === "error" && !isHarmlessConsoleMessage(message.text())) errors.push(message.text()); });
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { chipDiplomacy?: Api }).chipDiplomacy?.ready === true && (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.scene() === "Menu", { timeout: 90_000 });
    const result = await page.evaluate(hashesInPage, replayText);
    expect(result.opened).toBe(true);
    expect(result.webgl).toBe(false);
    expect(result.hashes).toEqual(nodeHashes);
    expect(errors).toEqual([]);
  }, 240_000);

  it("Chromium reaches the same hashes", async () => {
    const chromium = await launchChromium();
    try {
      const page = await chromium.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { chipDiplomacy?: Api }).chipDiplomacy?.ready === true && (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.scene() === "Menu", undefined, { timeout: 60_000 });
      const result = await page.evaluate(hashesInPage, replayText);
      expect(result.opened).toBe(true);
      expect(result.hashes).toEqual(nodeHashes);
    } finally {
      await chromium.close();
    }
  }, 120_000);
});
