// Accessibility, measured: axe-core on every screen, in English and in French — the menu and its dialogs,
// the game with the country panel, the offer form and a reply, policy actions, the score, a confirmation,
// the turn report and the debrief — with no serious or critical violation; and the keyboard reaches every
// control of the game screen with a visible focus.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildServeLaunch, openGameLink, type StaticServer } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let server: StaticServer;
let browser: Browser;

let close: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ server, browser, close } = await buildServeLaunch(root, "dist-e2e-a11y"));
});

afterAll(async () => {
  await close?.();
});

type W = { chipDiplomacy: { ready: boolean; scene(): string; dispatch(a: unknown): unknown; locate(id: string): { x: number; y: number } | null; state(): { countries: Record<string, { demand: number; deal: unknown }> } } };

async function scene(page: Page, name: string): Promise<void> {
  await page.waitForFunction((s) => (window as unknown as W).chipDiplomacy?.ready === true && (window as unknown as W).chipDiplomacy.scene() === s, name, { timeout: 30_000 });
}

/** Serious and critical violations on the page as it is now, as "rule: selector" lines. */
async function audit(page: Page, screen: string): Promise<string[]> {
  await page.waitForTimeout(150);
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${screen} — ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

describe("axe-core finds no serious or critical violation", () => {
  for (const locale of ["en", "fr"]) {
    it(`on every screen, in ${locale === "en" ? "English" : "French"}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
      await context.addInitScript((l) => localStorage.setItem("chip-diplomacy/settings/v1", JSON.stringify({ locale: l })), locale);
      const page = await context.newPage();
      const found: string[] = [];
      await page.goto(server.url);
      await scene(page, "Menu");
      found.push(...(await audit(page, "menu")));
      await page.click("#menu-new-game");
      await page.waitForSelector("#new-start");
      found.push(...(await audit(page, "new game")));
      await page.keyboard.press("Escape");
      await page.click("#menu-settings");
      found.push(...(await audit(page, "settings")));
      await page.keyboard.press("Escape");
      await page.click("#menu-help");
      found.push(...(await audit(page, "help")));
      await page.keyboard.press("Escape");

      await page.goto(`${server.url}?scenario=may-2025&seed=a11y-${locale}`);
      await scene(page, "Game");
      found.push(...(await audit(page, "game")));
      const at = (await page.evaluate(() => (window as unknown as W).chipDiplomacy.locate("AE")))!;
      await page.mouse.click(at.x, at.y);
      await page.waitForSelector("#country-panel:not([hidden])");
      found.push(...(await audit(page, "country panel")));
      await page.click("#panel-offer");
      found.push(...(await audit(page, "offer form")));
      await page.click("#offer-send");
      await page.waitForSelector("#panel-reply");
      found.push(...(await audit(page, "reply")));
      await page.keyboard.press("Escape");
      await page.click("#hud-score");
      found.push(...(await audit(page, "score")));
      await page.keyboard.press("Escape");
      await page.keyboard.press("p");
      await page.waitForSelector("#policy-actions");
      found.push(...(await audit(page, "policy actions")));
      await page.click("#policy-entity-list");
      await page.waitForSelector("dialog.confirm");
      found.push(...(await audit(page, "confirmation")));
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await page.click("#toolbar-end-turn");
      await page.waitForSelector("dialog.turn-report");
      found.push(...(await audit(page, "turn report")));
      await page.keyboard.press("Escape");

      // A game is in progress, so the link asks first: that question is a screen too.
      await page.goto(`${server.url}?scenario=tutorial&seed=a11y-${locale}`);
      await page.waitForSelector("#link-open");
      found.push(...(await audit(page, "link guard")));
      await openGameLink(page, `${server.url}?scenario=tutorial&seed=a11y-${locale}`);
      await scene(page, "Game");
      await page.evaluate(() => {
        for (let i = 0; i < 6; i++) (window as unknown as W).chipDiplomacy.dispatch({ type: "endTurn" });
        document.querySelectorAll("dialog[open]").forEach((d) => (d as HTMLDialogElement).close());
      });
      await scene(page, "Debrief");
      found.push(...(await audit(page, "debrief")));
      await context.close();
      expect(found).toEqual([]);
    });
  }
});

describe("the keyboard reaches every control of the game screen, with a visible focus", () => {
  it("tabs through the toolbar, the score, the layers and the map, each with an outline", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}?scenario=may-2025&seed=a11y-keys`);
    await scene(page, "Game");
    const reached = new Set<string>();
    const unmarked: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
        return { id: element.id || element.getAttribute("name") || element.textContent?.trim().slice(0, 20) || element.tagName, visible };
      });
      if (!focus) continue;
      reached.add(focus.id);
      if (!focus.visible) unmarked.push(focus.id);
    }
    for (const id of ["toolbar-end-turn", "toolbar-actions", "hud-score", "map-focus", "map-layer"]) expect([...reached]).toContain(id);
    expect(unmarked).toEqual([]);
    await page.close();
  });
});
