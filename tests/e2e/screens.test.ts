// The screens a newcomer trusts: no click through a dialog to the map, no control that appears under the
// pointer and takes the second click of a double-click, Esc and Enter that never end a month by accident,
// guard rails before suspending a deal or listing entities, a report for the last month too, a canvas that
// follows the window at device-pixel ratio 1, and every screen photographed at 1366×768 and 1024×640 in
// English and French into test-artifacts/screens/.
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildReplay, validateScenario, type GameState, type Scenario } from "../../src/core";
import { fr } from "../../src/i18n/fr";
import { buildServeLaunch, isHarmlessConsoleMessage, type StaticServer } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const artifacts = join(root, "test-artifacts", "screens");

type Api = {
  ready: boolean;
  scene(): string;
  state(): GameState | null;
  dispatch(action: unknown): { ok: boolean };
  locate(id: string): { x: number; y: number } | null;
  load(replay: unknown): Promise<boolean>;
};
type W = { chipDiplomacy: Api };

let server: StaticServer;
let browser: Browser;
const consoleErrors: string[] = [];

async function open(url: string, viewport = { width: 1366, height: 768 }, locale = "en"): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on("console", (m) => {
    if (m.type() === "error" && !isHarmlessConsoleMessage(m.text())) consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  if (locale !== "en") await page.addInitScript((l) => localStorage.setItem("chip-diplomacy/settings/v1", JSON.stringify({ locale: l })), locale);
  await page.goto(server.url + url);
  return page;
}

async function scene(page: Page, name: string): Promise<void> {
  await page.waitForFunction((s) => (window as unknown as W).chipDiplomacy?.ready === true && (window as unknown as W).chipDiplomacy.scene() === s, name, { timeout: 30_000 });
}

const state = (page: Page) => page.evaluate(() => (window as unknown as W).chipDiplomacy.state()) as Promise<GameState>;

let close: (() => Promise<void>) | undefined;
beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  ({ server, browser, close } = await buildServeLaunch(root, "dist-e2e-screens"));
});

afterAll(async () => {
  await close?.();
});

describe("input that cannot make moves nobody meant", () => {
  it("a click on a dialog never reaches the country behind it", async () => {
    const page = await open("?scenario=may-2025&seed=through");
    await scene(page, "Game");
    await page.keyboard.press("p");
    const dialog = await page.waitForSelector("dialog[open]");
    const box = (await dialog.boundingBox())!;
    // Every country under the dialog: click the dialog there.
    const ids = Object.keys((await state(page)).countries);
    let clicked = 0;
    for (const id of ids) {
      const at = await page.evaluate((c) => (window as unknown as W).chipDiplomacy.locate(c), id);
      if (!at || at.x < box.x + 4 || at.x > box.x + box.width - 4 || at.y < box.y + 4 || at.y > box.y + box.height - 4) continue;
      await page.mouse.click(at.x, at.y);
      clicked += 1;
    }
    expect(clicked).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    expect(await page.locator("#country-panel").isHidden()).toBe(true);
    await page.close();
  });

  it("a double-click on Send the offer does not accept the counter-offer that replaces it", async () => {
    const page = await open("?scenario=may-2025&seed=double-click");
    await scene(page, "Game");
    const at = (await page.evaluate(() => (window as unknown as W).chipDiplomacy.locate("AE")))!;
    await page.mouse.click(at.x, at.y);
    await page.click("#panel-offer");
    const s = await state(page);
    await page.fill("#offer-chips", String(Math.round(s.countries.AE!.demand * 0.2)));
    await page.fill("#offer-investment", String(s.scenario.countries.find((c) => c.id === "AE")!.investmentCapacity));
    await page.dblclick("#offer-send");
    await page.waitForSelector("#panel-reply");
    await page.waitForTimeout(300);
    const after = await state(page);
    expect(after.countries.AE!.deal).toBeNull();
    expect(after.countries.AE!.negotiation?.counter).toBeTruthy();
    await page.close();
  });

  it("Esc returns focus to the map with the country still selected; Enter opens it, never ends the month", async () => {
    const page = await open("?scenario=may-2025&seed=keyboard");
    await scene(page, "Game");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#country-panel:not([hidden])");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#country-panel[hidden]", { state: "attached" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("map-focus");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#country-panel:not([hidden])");
    expect((await state(page)).turn).toBe(0);
    // Ending the month with the mouse, then closing the report with Enter, leaves focus on the map.
    await page.keyboard.press("Escape");
    await page.click("#toolbar-end-turn");
    await page.waitForSelector("dialog.turn-report");
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog.turn-report", { state: "detached" });
    await page.keyboard.press("Enter");
    expect((await state(page)).turn).toBe(1);
    await page.close();
  });
});

describe("guard rails and reports", () => {
  it("asks before suspending a deal, saying what it costs and that shipments continue", async () => {
    const page = await open("?scenario=may-2025&seed=guard");
    await scene(page, "Game");
    const s = await state(page);
    const ae = s.countries.AE!;
    // A deal through the automation API: a generous offer, or their counter.
    await page.evaluate((demand) => {
      const api = (window as unknown as W).chipDiplomacy;
      const terms = { chips: demand, investment: 0, tariffCut: 0, enforcementCooperation: false, conditions: { kyc: false, noAdversaryHardware: false, usManagedDatacenters: false, locationVerification: false, onSiteAudits: false } };
      api.dispatch({ type: "offer", country: "AE", terms });
      if (!api.state()?.countries.AE?.deal) api.dispatch({ type: "acceptCounter", country: "AE" });
    }, ae.demand);
    expect((await state(page)).countries.AE!.deal).not.toBeNull();
    const at = (await page.evaluate(() => (window as unknown as W).chipDiplomacy.locate("AE")))!;
    await page.mouse.click(at.x, at.y);
    await page.click("#panel-suspend");
    const dialog = page.locator("dialog.confirm");
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain("Relations");
    expect(text).toContain("baseline");
    await page.screenshot({ path: join(artifacts, "confirm-suspend-1366-en.png") });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("confirm-no");
    await page.keyboard.press("Enter");
    expect((await state(page)).countries.AE!.deal).not.toBeNull();
    await page.click("#panel-suspend");
    await page.waitForTimeout(500);
    await page.click("#confirm-yes");
    await page.waitForFunction(() => (window as unknown as W).chipDiplomacy.state()?.countries.AE?.deal === null);
    // Listing an ally's entities names the alliance first.
    await page.keyboard.press("Escape");
    await page.waitForSelector("#country-panel[hidden]", { state: "attached" });
    const jp = (await page.evaluate(() => (window as unknown as W).chipDiplomacy.locate("JP")))!;
    await page.mouse.click(jp.x, jp.y);
    await page.click("#panel-entity-list");
    expect(await page.locator("dialog.confirm").innerText()).toContain("treaty ally");
    await page.keyboard.press("Escape");
    expect((await state(page)).countries.JP!.entityListed).toBe(false);
    await page.close();
  });

  it("leads the report with three lines and gives the last month its report before the debrief", async () => {
    const page = await open("?scenario=tutorial&seed=last-month");
    await scene(page, "Game");
    await page.click("#hint-dismiss");
    await page.click("#toolbar-end-turn");
    const summary = page.locator("#report-summary li");
    await summary.first().waitFor();
    expect(await summary.count()).toBe(3);
    expect(await summary.nth(0).innerText()).toMatch(/score ≈ \d+ \/ 100/);
    expect(await page.locator("dialog.turn-report").innerText()).not.toMatch(/\{\w+\}/);
    await page.keyboard.press("Enter");
    const turns = (await state(page)).scenario.turns;
    for (let turn = 1; turn < turns - 1; turn++) await page.evaluate(() => (window as unknown as W).chipDiplomacy.dispatch({ type: "endTurn" }));
    // Turns ended through the automation API open their reports too: close them.
    await page.evaluate(() => document.querySelectorAll("dialog[open]").forEach((d) => (d as HTMLDialogElement).close()));
    await page.evaluate(() => document.getElementById("hint-dismiss")?.click());
    await page.click("#toolbar-end-turn");
    await page.waitForSelector("dialog.turn-report");
    expect(await page.locator("#report-close").innerText()).toContain("debrief");
    await page.keyboard.press("Enter");
    await scene(page, "Debrief");
    await page.close();
  });
});

describe("a game named in the link", () => {
  it("leaves no loading screen behind: the menu it returns to is the menu alone", async () => {
    const page = await open("?scenario=tutorial&seed=boot-left");
    await scene(page, "Game");
    await page.keyboard.press("q");
    // Boot (the link's progress bar) once stayed active under every later screen: drawn over the menu,
    // and the scene the automation API (and bench:web's classroom step) saw instead of Menu.
    await scene(page, "Menu");
    const active = await page.evaluate(() => (window as unknown as { chipDiplomacy: { scenes(): string[] } }).chipDiplomacy.scenes());
    expect(active).toEqual(["Menu"]);
    await page.close();
  });
});

describe("problems in files, in French", () => {
  it("words a replay's problems and a refused action in French, not in the core's English", async () => {
    const page = await open("", { width: 1366, height: 768 }, "fr");
    await scene(page, "Menu");
    const problemsShown = async (replay: unknown) => {
      void page.evaluate((r) => (window as unknown as W).chipDiplomacy.load(r), replay);
      const dialog = page.locator("dialog.problems-dialog");
      await dialog.waitFor();
      const text = await dialog.innerText();
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      return text;
    };
    const wrongFormat = await problemsShown({ format: "chip-diplomacy/scenario" });
    expect(wrongFormat).toContain("doit valoir « chip-diplomacy/replay »");
    expect(wrongFormat).toContain("c’est un fichier de scénario, pas une rediffusion");
    expect(wrongFormat).not.toMatch(/\bmust\b|likely cause|not a replay/i);
    // A replay whose first action the rules refuse: India has made no counter-offer to accept.
    const checked = validateScenario(JSON.parse(readFileSync(join(root, "scenarios/may-2025.json"), "utf8")));
    if (!checked.ok) throw new Error("may-2025 does not validate");
    const built = buildReplay({ scenario: checked.value as Scenario, seed: "refused", policy: "bilateral", actions: [], gameVersion: "test", player: "human" });
    if (!built.ok) throw new Error(built.message);
    const refused = await problemsShown({ ...built.replay, actions: [{ type: "acceptCounter", country: "IN" }] });
    expect(refused).toContain(`cette action n’est pas permise au tour 1 : ${fr["rejection.negotiation/no-counter"]}`);
    expect(refused).not.toMatch(/no counter|is not allowed/i);
    await page.close();
  });
});

describe("the canvas follows the window", () => {
  it("keeps the canvas the size of the window at device-pixel ratio 1, and locate() right, after a resize", async () => {
    const page = await open("?scenario=may-2025&seed=resize");
    await scene(page, "Game");
    for (const [width, height] of [[900, 600], [1500, 900]] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForFunction((w) => (document.querySelector("#game canvas") as HTMLCanvasElement).width === w, width, { timeout: 5000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      const canvas = await page.evaluate(() => {
        const c = document.querySelector("#game canvas") as HTMLCanvasElement;
        const r = c.getBoundingClientRect();
        return [c.width, c.height, Math.round(r.width), Math.round(r.height)];
      });
      expect(canvas).toEqual([width, height, width, height]);
      const jp = (await page.evaluate(() => (window as unknown as W).chipDiplomacy.locate("JP")))!;
      await page.mouse.click(jp.x, jp.y);
      await page.waitForSelector("#country-panel:not([hidden])");
      expect(await page.locator("#country-panel-title").innerText()).toContain("Japan");
      await page.keyboard.press("Escape");
    }
    await page.close();
  });
});

describe("every screen at 1366×768 and 1024×640, in English and French", () => {
  for (const locale of ["en", "fr"]) {
    for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 640 }]) {
      it(`${locale} ${viewport.width}×${viewport.height}`, async () => {
        const tag = `${viewport.width}-${locale}`;
        const snap = async (page: Page, name: string) => {
          await page.waitForTimeout(150);
          await page.screenshot({ path: join(artifacts, `${name}-${tag}.png`) });
        };
        const page = await open("", viewport, locale);
        await scene(page, "Menu");
        await page.waitForTimeout(800);
        await snap(page, "01-menu");
        await page.click("#menu-new-game");
        await page.waitForSelector("#new-start");
        await snap(page, "02-new-game");
        await page.keyboard.press("Escape");
        await page.goto(`${server.url}?scenario=may-2025&seed=screens-${tag}`);
        await scene(page, "Game");
        await snap(page, "03-game");
        // The toolbar stays on one row beside the score (what does not fit goes into "More").
        const rows = await page.evaluate(() => {
          const visible = [...document.querySelectorAll<HTMLElement>(".toolbar > button")].filter((b) => !b.hidden);
          return new Set(visible.map((b) => Math.round(b.getBoundingClientRect().top))).size;
        });
        expect(rows).toBe(1);
        const score = await page.locator("#hud-score").boundingBox();
        const first = await page.locator(".toolbar > button:not([hidden])").first().boundingBox();
        expect(score!.x + score!.width).toBeLessThanOrEqual(first!.x);
        if (await page.isVisible("#toolbar-more")) {
          await page.click("#toolbar-more");
          await page.waitForSelector("#toolbar-more-list:not([hidden])");
          await snap(page, "03-game-more");
          await page.keyboard.press("Escape");
          expect(await page.isHidden("#toolbar-more-list")).toBe(true);
          expect(await page.evaluate(() => document.activeElement?.id)).toBe("toolbar-more");
        }
        const at = (await page.evaluate(() => (window as unknown as W).chipDiplomacy.locate("IN")))!;
        await page.mouse.click(at.x, at.y);
        await page.click("#panel-offer");
        await snap(page, "04-offer-form");
        await page.click("#offer-send");
        await page.waitForSelector("#panel-reply");
        await snap(page, "05-reply");
        await page.keyboard.press("Escape");
        await page.keyboard.press("p");
        await snap(page, "06-policy");
        await page.keyboard.press("Escape");
        await page.keyboard.press("h");
        await snap(page, "07-help");
        await page.keyboard.press("Escape");
        await page.keyboard.press("s");
        await snap(page, "08-settings");
        await page.keyboard.press("Escape");
        await page.click("#toolbar-end-turn");
        await page.waitForSelector("dialog.turn-report");
        await snap(page, "09-turn-report");
        const text = await page.locator("dialog.turn-report").innerText();
        expect(text).not.toMatch(/\{\w+\}|\(s\)/);
        if (locale === "fr") expect(text).not.toMatch(/\b(de|à) (le|les) |\bde [AEIOUÉ]/);
        await page.close();
      });
    }
  }

  it("logged no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
