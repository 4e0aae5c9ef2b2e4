// Saved games in the browser (issues 11 and 13): every action is saved in the game's own IndexedDB slot,
// so a reload mid-month keeps that month's offers; a link asks before leaving a game in progress and
// never overwrites it; damaged, foreign and newer saves are set aside and listed with an export, never
// destroyed; the old localStorage autosave is migrated; a browser that stores nothing says so at once.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { isHarmlessConsoleMessage, launchChromium, serveStatic, type StaticServer } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist-saves");
const artifacts = join(root, "test-artifacts", "e2e");

type Api = { ready: boolean; scene(): string; hash(): string | null; state(): { seed: string; turn: number; countries: Record<string, { negotiation: unknown }> } | null; dispatch(action: unknown): { ok: boolean; code?: string } };

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];

function watch(page: Page): void {
  page.on("console", (m) => { if (m.type() === "error" && !isHarmlessConsoleMessage(m.text())) consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(`page error: ${e.message}`));
}

async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((s) => {
    const a = (window as unknown as { chipDiplomacy?: { ready: boolean; scene(): string } }).chipDiplomacy;
    return a?.ready === true && a.scene() === s;
  }, scene, { timeout: 60_000 });
}

/** Every record in the save store, read straight from IndexedDB. */
function storedRecords(page: Page): Promise<{ key: string; value: unknown }[]> {
  return page.evaluate(() => new Promise<{ key: string; value: unknown }[]>((done, fail) => {
    const open = indexedDB.open("chip-diplomacy");
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("saves")) { db.close(); done([]); return; }
      const store = db.transaction("saves").objectStore("saves");
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => { db.close(); done((keys.result as string[]).map((key, i) => ({ key, value: values.result[i] as unknown }))); };
    };
  }));
}

function putRecord(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(([k, v]) => new Promise<void>((done, fail) => {
    const open = indexedDB.open("chip-diplomacy");
    open.onsuccess = () => {
      const tx = open.result.transaction("saves", "readwrite");
      tx.objectStore("saves").put(v, k);
      tx.oncomplete = () => { open.result.close(); done(); };
      tx.onerror = () => fail(tx.error);
    };
  }), [key, value] as const);
}

/** Waits until the slot of the game with `seed` holds `actions` actions. */
async function savedWith(page: Page, seed: string, actions: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const records = await storedRecords(page);
    if (records.some((r) => (r.value as { seed?: string; replay?: { actions: unknown[] } }).seed === seed && (r.value as { replay: { actions: unknown[] } }).replay.actions.length === actions)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`no save of ${seed} with ${actions} actions`);
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  server = await serveStatic(dist);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("saved games", () => {
  let page: Page;
  let midMonthHash = "";

  it("saves after every action: a reload mid-month keeps the month's offers", async () => {
    page = await context.newPage();
    watch(page);
    await page.goto(`${server.url}?scenario=may-2025&seed=save-one`);
    await waitForScene(page, "Game");
    // An offer to the first country that takes one: a negotiation opens mid-month.
    const opened = await page.evaluate(() => {
      const a = (window as unknown as { chipDiplomacy: Api }).chipDiplomacy;
      const conditions = { kyc: true, noAdversaryHardware: true, usManagedDatacenters: false, locationVerification: true, onSiteAudits: false };
      for (const id of Object.keys(a.state()?.countries ?? {})) {
        const r = a.dispatch({ type: "offer", country: id, terms: { chips: 1000, investment: 5, tariffCut: 0, enforcementCooperation: true, conditions } });
        if (r.ok) return id;
      }
      return null;
    });
    expect(opened).not.toBeNull();
    midMonthHash = (await page.evaluate(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.hash())) ?? "";
    await savedWith(page, "save-one", 1);
    await page.goto(server.url);
    await waitForScene(page, "Menu");
    await page.waitForSelector("#menu-continue:not([disabled])");
    expect(await page.locator("#menu-continue-hint").innerText()).toContain("save-one");
    await page.click("#menu-continue");
    await waitForScene(page, "Game");
    expect(await page.evaluate(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.hash())).toBe(midMonthHash);
    const state = await page.evaluate(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.state());
    expect(state?.countries[opened as string]?.negotiation).not.toBeNull();
  });

  it("a link asks before leaving a game in progress, and never overwrites it", async () => {
    await page.goto(`${server.url}?scenario=may-2025&seed=save-two`);
    await page.waitForSelector("#link-menu");
    expect(await page.locator("dialog").innerText()).toContain("save-one");
    await page.screenshot({ path: join(artifacts, "30-link-asks-first.png") });
    await page.click("#link-menu");
    await waitForScene(page, "Menu");
    await page.goto(`${server.url}?scenario=may-2025&seed=save-two`);
    await page.click("#link-open");
    await waitForScene(page, "Game");
    expect(await page.evaluate(() => (window as unknown as { chipDiplomacy: Api }).chipDiplomacy.state()?.seed)).toBe("save-two");
    await savedWith(page, "save-two", 0);
    const seeds = (await storedRecords(page)).filter((r) => r.key.startsWith("slot:")).map((r) => (r.value as { seed: string }).seed).sort();
    expect(seeds).toEqual(["save-one", "save-two"]);
  });

  it("damaged, foreign and newer saves are set aside, listed and exportable, never deleted", async () => {
    const good = (await storedRecords(page)).find((r) => (r.value as { seed?: string }).seed === "save-one");
    const damaged = structuredClone(good?.value) as { slot: string; replay: { actions: unknown[] }; name: string };
    damaged.slot = "damaged";
    damaged.name = "Edited by hand";
    damaged.replay.actions.push({ type: "endTurn" });
    await putRecord(page, "slot:damaged", damaged);
    await putRecord(page, "slot:foreign", "some other site's data");
    await putRecord(page, "slot:newer", { format: "chip-diplomacy/save", version: 99, payload: "from the future" });
    await page.goto(server.url);
    await waitForScene(page, "Menu");
    await page.waitForFunction(() => document.querySelector("#menu-continue-hint")?.textContent?.includes("set aside"));
    await page.click("#menu-saved-games");
    await page.waitForSelector("#save-aside li[data-aside]");
    const aside = await page.locator("#save-aside").innerText();
    expect(aside).toContain("Not a Chip Diplomacy save");
    expect(aside).toContain("newer version");
    await page.screenshot({ path: join(artifacts, "31-saved-games.png") });
    const download = page.waitForEvent("download");
    await page.locator("#save-aside li", { hasText: "newer version" }).locator(".aside-export").click();
    expect((await download).suggestedFilename()).toMatch(/^set-aside-save-\d+\.json$/);
    await page.keyboard.press("Escape");
    // Opening the damaged one: its replay does not re-simulate, so it is set aside too, and the player told.
    await page.click("#menu-saved-games");
    await page.locator("#save-slots li", { hasText: "Edited by hand" }).locator(".slot-open").click();
    await page.waitForSelector(".toast.error");
    expect(await page.locator(".toast.error").first().innerText()).toContain("set aside");
    const keys = (await storedRecords(page)).map((r) => r.key);
    expect(keys.filter((k) => k.startsWith("aside:")).length).toBe(3);
    expect(keys.filter((k) => k.startsWith("slot:")).length).toBe(2);
  });

  it("the old localStorage autosave is moved into the slots (a broken one set aside, its text kept)", async () => {
    await page.evaluate(() => localStorage.setItem("chip-diplomacy/autosave/current", "{\"format\":\"chip-diplomacy/save\",\"version\":1,"));
    await page.goto(server.url);
    await waitForScene(page, "Menu");
    await page.waitForFunction(() => localStorage.getItem("chip-diplomacy/autosave/current") === null, undefined, { timeout: 30_000 });
    const kept = (await storedRecords(page)).filter((r) => r.key.startsWith("aside:")).map((r) => JSON.stringify(r.value));
    expect(kept.some((v) => v.includes("\\\"version\\\":1,"))).toBe(true);
    await page.close();
  });

  it("a browser that stores nothing says so at once, on the menu", async () => {
    const locked = await browser.newContext();
    await locked.addInitScript(() => {
      indexedDB.open = () => { throw new DOMException("The operation is insecure.", "SecurityError"); };
    });
    const blocked = await locked.newPage();
    watch(blocked);
    await blocked.goto(server.url);
    await waitForScene(blocked, "Menu");
    await blocked.waitForSelector(".toast.error");
    expect(await blocked.locator(".toast.error").innerText()).toContain("does not let the game save");
    await blocked.screenshot({ path: join(artifacts, "32-storage-disabled.png") });
    await locked.close();
  });

  it("logged no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
