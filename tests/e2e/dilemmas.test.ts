// Dilemmas in a real headless Chromium: a decision arrives after the first month (a toast and the toolbar's
// count say so), the dialog shows the
// question, every option with its consequence, the deadline and the default; a real click answers it, the
// core records the answer, and the toolbar's Decisions button follows the count. No console errors.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { BOTS, newGame, parseScenarioText, step, type Action, type GameState } from "../../src/core";
import { isHarmlessConsoleMessage, launchChromium, openGameLink, serveStatic, type StaticServer } from "./harness";

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
    // The report's "decide now" line counts the decision that has just arrived.
    await page.waitForSelector("#report-summary li");
    expect(await page.locator("#report-summary li").nth(2).innerText()).toMatch(/\d+ decisions? waits? for your answer.*\(Decisions, D\)/);
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

  it("leaving the game takes its news toasts with it", async () => {
    await openGameLink(page, `${server.url}?scenario=may-2025&seed=dilemma-toast`);
    await page.waitForFunction(() => { const a = (window as unknown as { chipDiplomacy?: Api }).chipDiplomacy; return a?.ready === true && a.scene() === "Game"; }, undefined, { timeout: 60_000 });
    await page.keyboard.press("e");
    await page.click("#report-close");
    expect(await page.locator(".toast.info").count()).toBe(1); // "A decision awaits you"
    await page.keyboard.press("q");
    await page.waitForFunction(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.scene() === "Menu", undefined, { timeout: 30_000 });
    expect(await page.locator(".toast.info").count()).toBe(0);
  }, 120_000);

  it("a deal up for renewal, a country's request and the deals to audit show in the same dialog and are answered with a click", async () => {
    // The hawk's game on this seed, in Node, up to the first month with a renewal and a request open.
    const checked = parseScenarioText(readFileSync(join(root, "scenarios/may-2025.json"), "utf8"));
    if (!checked.ok) throw new Error("may-2025 does not validate");
    let state = newGame(checked.value, "terms-e2e");
    const actions: Action[] = [];
    const wanted = (s: GameState) => s.dilemmas.some((d) => d.generated?.kind === "renewal") && s.dilemmas.some((d) => ["campus", "exemption", "complaint"].includes(d.generated?.kind ?? ""));
    while (!wanted(state) && state.status === "playing") {
      const action = BOTS.hawk!.decide(state);
      const result = step(state, action);
      if (!result.ok) throw new Error(result.message);
      actions.push(action);
      state = result.state;
    }
    expect(wanted(state)).toBe(true);
    // A fresh context: the first test's game in progress would make the link ask before replacing it.
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.on("console", (m) => { if (m.type() === "error" && !isHarmlessConsoleMessage(m.text())) consoleErrors.push(m.text()); });
    page.on("pageerror", (e) => consoleErrors.push(`page error: ${e.message}`));
    await page.goto(`${server.url}?scenario=may-2025&seed=terms-e2e`);
    await page.waitForFunction(() => { const a = (window as unknown as { chipDiplomacy?: Api }).chipDiplomacy; return a?.ready === true && a.scene() === "Game"; }, undefined, { timeout: 60_000 });
    const refused = await page.evaluate((list) => {
      const a = (window as unknown as { chipDiplomacy: { dispatch(action: unknown): { ok: boolean } } }).chipDiplomacy;
      return list.filter((action) => !a.dispatch(action).ok).length;
    }, actions);
    expect(refused).toBe(0);
    expect((await api(page)).turn).toBe(state.turn);
    await page.screenshot({ path: join(artifacts, "renewal-before.png") });
    // The months' turn reports are open, the last on top: close them, then D opens the Decisions dialog.
    // A report may be replaced by the next between a look and a click, so a click that finds none is not an
    // error, and the loop stops only when no report has come back for a moment.
    const close = page.locator("#report-close");
    for (let i = 0; i < 60; i++) {
      if ((await close.count()) === 0) {
        await page.waitForTimeout(300);
        if ((await close.count()) === 0) break;
      }
      await close.first().evaluate((b) => (b as HTMLButtonElement).click(), undefined, { timeout: 2_000 }).catch(() => undefined);
    }
    await page.keyboard.press("d");
    const renewal = state.dilemmas.find((d) => d.generated?.kind === "renewal");
    if (!renewal?.generated) throw new Error("no renewal");
    const cardId = `#dilemma-${renewal.event.replace(/[^A-Za-z0-9-]/g, "-")}`;
    await page.waitForSelector(cardId);
    const card = await page.textContent(cardId);
    expect(card).toContain("up for renewal");
    expect(card).toContain("Renew on their terms");
    expect(card).toContain("Let it lapse — Default if you do not answer");
    expect(await page.textContent("#audits")).toContain("Safeguards to audit this month");
    await page.screenshot({ path: join(artifacts, "renewal.png"), fullPage: true });
    await page.click(`${cardId}-their-terms`);
    await page.waitForSelector("#dilemma-message");
    expect(await page.textContent("#dilemma-message")).toContain("You chose “Renew on their terms”");
    const after = await api(page);
    expect(after.dilemmaAnswers.at(-1)).toEqual({ event: renewal.event, option: "their-terms", turn: state.turn, byDefault: false });
    expect(after.countries[renewal.generated.country]?.deal?.endTurn).toBeGreaterThan(state.turn + 1);
    const auditButton = await page.$("#audits button:not([disabled])");
    if (auditButton) {
      await auditButton.click();
      expect((await api(page)).tracks.politicalCapital).toBe(after.tracks.politicalCapital - 1);
    }
    await page.screenshot({ path: join(artifacts, "renewal-answered.png"), fullPage: true });
    await page.click("#dilemmas-close");
    expect(consoleErrors).toEqual([]);
  }, 180_000);
});
