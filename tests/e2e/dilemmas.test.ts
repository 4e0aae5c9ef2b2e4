// Dilemmas in a real headless Chromium: a decision arrives after the first month (a toast and the toolbar's
// count say so), the dialog shows the
// question, every option with its consequence, the deadline and the default; a real click answers it, the
// core records the answer, and the toolbar's Decisions button follows the count. No console errors.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { GameState } from "../../src/core";
import { isHarmlessConsoleMessage, launchChromium, serveStatic, type StaticServer } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist-e2e-dilemmas");
const artifacts = join(root, "test-artifacts", "e2e");

let server: StaticServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

type Api = { ready: boolean; scene(): string; state(): GameState | null };
const api = (p: Page) => p.evaluate(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.state()) as Promise<GameState>;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  server = await serveStatic(dist);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on("console", (m) => { if (m.type() === "error" && !isHarmlessConsoleMessage(m.text())) consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(`page error: ${e.message}`));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("dilemmas in the browser", () => {
  it("a dilemma is shown after the month ends and answered with a click", async () => {
    await page.goto(`${server.url}?scenario=may-2025&seed=dilemma-e2e`);
    await page.waitForFunction(() => { const a = (window as unknown as { chipDiplomacy?: Api }).chipDiplomacy; return a?.ready === true && a.scene() === "Game"; }, undefined, { timeout: 60_000 });
    expect(await page.isDisabled("#toolbar-dilemmas")).toBe(true);
    await page.keyboard.press("e");
    await page.click("#report-close");
    // The Chip Security Act (a real bill, May 2025) asks for a position: the toolbar counts it, D opens it.
    expect(await page.isDisabled("#toolbar-dilemmas")).toBe(false);
    await page.keyboard.press("d");
    await page.waitForSelector("#dilemma-chip-security-act");
    const card = await page.textContent("#dilemma-chip-security-act");
    expect(card).toContain("S.1705");
    expect(card).toContain("Take no position");
    expect(card).toMatch(/Answer by the end of/);
    await page.screenshot({ path: join(artifacts, "dilemma.png") });
    await page.click("#dilemma-chip-security-act-back-bill");
    await page.waitForSelector("#dilemma-message");
    expect(await page.textContent("#dilemma-message")).toContain("You chose “Back the bill”");
    const s = await api(page);
    expect(s.dilemmaAnswers).toEqual([{ event: "chip-security-act", option: "back-bill", turn: 1, byDefault: false }]);
    expect(s.dilemmas.find((d) => d.event === "chip-security-act")).toBeUndefined();
    await page.screenshot({ path: join(artifacts, "dilemma-answered.png") });
    await page.click("#dilemmas-close");
    expect(await page.textContent("#toolbar-dilemmas")).toContain(`(${s.dilemmas.length})`);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
