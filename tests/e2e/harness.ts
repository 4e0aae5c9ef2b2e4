// Shared by the end-to-end tests and the web benchmark: a tiny static server for a built dist/ on
// 127.0.0.1, and headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` (a Vite build) without caching, so every navigation measures a cold load of the page's files. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      let file = normalize(join(base, pathname));
      if (!file.startsWith(base)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, "index.html");
        const body = await readFile(file);
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
        response.end(body);
      } catch {
        response.writeHead(404).end("not found");
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** `extraArgs`: e.g. --disable-3d-apis, to check the Canvas fallback of a browser without WebGL. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}

/** Messages Chromium prints that are not errors of the page (SwiftShader's readPixels warning). */
export function isHarmlessConsoleMessage(text: string): boolean {
  return /GPU stall due to ReadPixels|GL Driver Message|Automatic fallback to software WebGL/i.test(text);
}

/** Builds the game into `outDir` (a folder of the repository) and serves it with a fresh headless Chromium. */
export async function buildServeLaunch(root: string, outDir: string): Promise<{ server: StaticServer; browser: Browser; close(): Promise<void> }> {
  const dist = join(root, outDir);
  execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

/**
 * Opens a game link. If another game is in progress in this browser, the game asks first (the other game
 * stays saved; tests/e2e/saves.test.ts): answer "open the linked game".
 */
export async function openGameLink(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const api = (window as unknown as { chipDiplomacy?: { ready: boolean; scene(): string } }).chipDiplomacy;
    return document.querySelector("#link-open") !== null || (api?.ready === true && api.scene() !== "Boot");
  }, undefined, { timeout: 60_000 });
  const ask = page.locator("#link-open");
  if (await ask.count() > 0) await ask.click();
}
