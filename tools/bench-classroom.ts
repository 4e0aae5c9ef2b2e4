/**
 * The classroom's figures for `npm run bench:web`, measured in the same built game and headless Chromium:
 *
 * - jump to a month: a key press in the replay viewer until the next frame (the month rebuilt from the
 *   timeline's checkpoints, its map, decisions and ledger drawn), median and worst of every month of a
 *   20-month game visited in a shuffled order (target <= 50 ms);
 * - review: "Review this game" until the review is on screen, a 20-month game (target <= 3 s);
 * - class of 30: 30 replays dropped on the menu until the class page shows them, read, verified and
 *   compared (target <= 2 s).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { BOTS, buildReplay, playGame } from "../src/core";
import { serveStatic } from "../tests/e2e/harness";
import { loadScenario, makeClass } from "../tests/e2e/classFixtures";

const root = resolve(import.meta.dirname, "..");
export const CLASSROOM_TARGETS = { jumpMs: 50, reviewMs: 3000, classMs: 2000 };

export interface ClassroomFigures {
  jumpMedianMs: number;
  jumpWorstMs: number;
  reviewMs: number;
  classMs: number;
  targets: typeof CLASSROOM_TARGETS;
}

async function ready(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((name) => {
    const api = (window as unknown as { chipDiplomacy?: { ready: boolean; scene(): string } }).chipDiplomacy;
    return api?.ready === true && api.scene() === name;
  }, scene, { timeout: 120_000 });
}

export async function benchClassroom(gameDir: string, browser: Browser): Promise<ClassroomFigures> {
  const scenario = loadScenario(root);
  const played = playGame(scenario, "bench-classroom", BOTS.random!);
  const built = buildReplay({ scenario, seed: "bench-classroom", actions: played.actions, gameVersion: "bench", player: "human:Bench" });
  if (!built.ok) throw new Error(built.message);
  const dir = join(gameDir, "bench-replays");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "game.json"), JSON.stringify(built.replay));
  const names = makeClass(scenario, "bench-classroom", 30).map((c) => {
    writeFileSync(join(dir, c.name), JSON.stringify(c.replay));
    return c.name;
  });
  const server = await serveStatic(gameDir);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}?replay=bench-replays/game.json`);
    await ready(page, "Classroom");
    await page.waitForSelector("#viewer-scrub");
    const months = built.replay.turns.length;
    const jumps = await page.evaluate(async (count) => {
      const times: number[] = [];
      const order = Array.from({ length: count }, (_, i) => (i * 7) % count);
      const scrub = document.querySelector("#viewer-scrub") as HTMLInputElement;
      for (const month of order) {
        const start = performance.now();
        scrub.value = String(month);
        scrub.dispatchEvent(new Event("input"));
        await new Promise((done) => requestAnimationFrame(() => done(null)));
        times.push(performance.now() - start);
      }
      return times;
    }, months);
    const sorted = [...jumps].sort((a, b) => a - b);
    const reviewMs = await page.evaluate(async () => {
      const start = performance.now();
      (document.querySelector("#viewer-review-start") as HTMLButtonElement).click();
      while (!document.querySelector("#review-table")) await new Promise((done) => setTimeout(done, 5));
      return performance.now() - start;
    });
    await page.keyboard.press("q");
    await ready(page, "Menu");
    const classMs = await page.evaluate(async (files) => {
      const data = new DataTransfer();
      for (const name of files) data.items.add(new File([await (await fetch(`bench-replays/${name}`)).text()], name, { type: "application/json" }));
      const start = performance.now();
      const overlay = document.querySelector("#overlay") as HTMLElement;
      overlay.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
      while (!document.querySelector("#class-table")) await new Promise((done) => setTimeout(done, 5));
      await new Promise((done) => requestAnimationFrame(() => done(null)));
      return performance.now() - start;
    }, names);
    return {
      jumpMedianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
      jumpWorstMs: Math.round(sorted[sorted.length - 1] ?? 0),
      reviewMs: Math.round(reviewMs),
      classMs: Math.round(classMs),
      targets: CLASSROOM_TARGETS,
    };
  } finally {
    await context.close();
    await server.close();
  }
}

export function printClassroom(f: ClassroomFigures): boolean {
  const t = f.targets;
  console.log("\n  the classroom (replay viewer, review, class), in the same build:");
  console.log(`    jump to a month (key to next frame)   median ${f.jumpMedianMs} ms, worst ${f.jumpWorstMs} ms (target <= ${t.jumpMs} ms)`);
  console.log(`    review of a 20-month game (worker)    ${f.reviewMs} ms (target <= ${t.reviewMs} ms)`);
  console.log(`    class of 30 replays (drop to shown)   ${f.classMs} ms (target <= ${t.classMs} ms)`);
  return f.jumpWorstMs <= t.jumpMs && f.reviewMs <= t.reviewMs && f.classMs <= t.classMs;
}
