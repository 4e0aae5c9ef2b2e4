/**
 * `npm run bench:web`: what a player waits for before the menu, measured beside a bare Phaser 4 game
 * (one empty scene) built by the same Vite and loaded in the same headless Chromium run.
 *
 * - size: gzip size of every file the page fetched before it was interactive (HTML, JS, CSS, data);
 * - time: from navigation start to the menu accepting input (the game) or the first frame after the
 *   scene's create (the bare game), as the median of several cold loads, alternating the two pages.
 *
 * Targets (issue 5): size at most 1.15x and time at most 1.2x the bare game's. Exit code 1 if missed.
 * Results are also written to test-artifacts/bench-web.json.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { launchChromium, serveStatic } from "../tests/e2e/harness";

const root = resolve(import.meta.dirname, "..");
const work = join(root, "dist-bench");
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGET_SIZE = 1.15;
const TARGET_TIME = 1.2;

const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bare</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><script type="module" src="./main.js"></script></body></html>`;
const BARE_MAIN = `import Phaser from "phaser";
class Empty extends Phaser.Scene {
  create() { requestAnimationFrame(() => performance.mark("interactive")); }
}
new Phaser.Game({ type: Phaser.AUTO, parent: document.body, width: window.innerWidth, height: window.innerHeight, scene: Empty });
`;

async function buildBoth(): Promise<{ game: string; bare: string }> {
  rmSync(work, { recursive: true, force: true });
  const bareSource = join(work, "bare-src");
  mkdirSync(bareSource, { recursive: true });
  writeFileSync(join(bareSource, "index.html"), BARE_HTML);
  writeFileSync(join(bareSource, "main.js"), BARE_MAIN);
  const game = join(work, "game");
  const bare = join(work, "bare");
  await build({ root, logLevel: "warn", build: { outDir: game, emptyOutDir: true } });
  // Same settings as the game's config (its own chunk for Phaser, same target), nothing else.
  await build({
    root: bareSource,
    configFile: false,
    base: "./",
    logLevel: "warn",
    resolve: { alias: { phaser: join(root, "node_modules/phaser/dist/phaser.esm.js") } },
    build: {
      outDir: bare,
      emptyOutDir: true,
      target: "es2022",
      chunkSizeWarningLimit: 1600,
      rollupOptions: { output: { manualChunks: (id: string) => (id.includes("phaser") ? "phaser" : undefined) } },
    },
  });
  return { game, bare };
}

interface Load {
  ms: number;
  files: { path: string; gzip: number }[];
}

async function main(): Promise<void> {
  const dirs = await buildBoth();
  const servers = { game: await serveStatic(dirs.game), bare: await serveStatic(dirs.bare) };
  const browser = await launchChromium();
  const loads: Record<"game" | "bare", Load[]> = { game: [], bare: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const kind of run % 2 === 0 ? (["game", "bare"] as const) : (["bare", "game"] as const)) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const fetched: string[] = [];
        page.on("requestfinished", (request) => fetched.push(new URL(request.url()).pathname));
        await page.goto(servers[kind].url);
        await page.waitForFunction(() => performance.getEntriesByName("interactive").length > 0, null, { timeout: 30_000 });
        const ms = await page.evaluate(() => performance.getEntriesByName("interactive")[0]!.startTime);
        const dir = dirs[kind];
        const files = [...new Set(fetched)].filter((path) => !path.startsWith("/data:")).map((path) => {
          const file = join(dir, path === "/" ? "index.html" : path);
          return { path, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
        });
        loads[kind].push({ ms, files });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await servers.game.close();
    await servers.bare.close();
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  const summary = (kind: "game" | "bare") => {
    const first = loads[kind][0]!;
    return { ms: Math.round(median(loads[kind].map((l) => l.ms))), gzip: first.files.reduce((sum, f) => sum + f.gzip, 0), files: first.files };
  };
  const game = summary("game");
  const bare = summary("bare");
  const sizeRatio = game.gzip / bare.gzip;
  const timeRatio = game.ms / bare.ms;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`Loaded before the menu (gzip, level 9), median of ${RUNS} cold loads each in headless Chromium:\n`);
  console.log(`                      size          time to interactive`);
  console.log(`  bare Phaser 4       ${kb(bare.gzip).padEnd(13)} ${bare.ms} ms`);
  console.log(`  Chip Diplomacy      ${kb(game.gzip).padEnd(13)} ${game.ms} ms`);
  console.log(`  ratio               ${sizeRatio.toFixed(3)}x (target <= ${TARGET_SIZE}x)   ${timeRatio.toFixed(3)}x (target <= ${TARGET_TIME}x)\n`);
  console.log("  the game's files before the menu:");
  for (const file of game.files) console.log(`    ${file.path.padEnd(44)} ${kb(file.gzip)}`);
  const report = { runs: RUNS, bare, game, sizeRatio, timeRatio, targets: { size: TARGET_SIZE, time: TARGET_TIME } };
  mkdirSync(join(root, "test-artifacts"), { recursive: true });
  writeFileSync(join(root, "test-artifacts", "bench-web.json"), `${JSON.stringify(report, null, 2)}\n`);
  const ok = sizeRatio <= TARGET_SIZE && timeRatio <= TARGET_TIME;
  console.log(ok ? "\nBoth targets met." : "\nA target was missed.");
  process.exitCode = ok ? 0 : 1;
}

await main();
