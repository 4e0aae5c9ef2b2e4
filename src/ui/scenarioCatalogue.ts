// The scenarios bundled with the game: every scenarios/*.json except the JSON Schema. Vite copies each
// file as an asset and gives us its URL, so scenarios are fetched (and shown in the preload bar), not
// compiled into the JavaScript that the menu waits for.
const urls = import.meta.glob<string>(["../../scenarios/*.json", "!../../scenarios/*.schema.json"], {
  query: "?url",
  import: "default",
  eager: true,
});

export interface BundledScenario {
  url: string;
  fileName: string;
}

export const bundledScenarios: BundledScenario[] = Object.entries(urls)
  .map(([path, url]) => {
    const fileName = path.split("/").pop() ?? path;
    return { url, fileName };
  })
  .sort((a, b) => a.fileName.localeCompare(b.fileName));

/** What the menu can show about a bundled scenario before the core validates it. */
export interface ScenarioSummary {
  id: string;
  title: unknown;
  description: unknown;
  raw: unknown;
}

export function summarize(raw: unknown, fileName: string): ScenarioSummary {
  const record = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const id = typeof record.id === "string" ? record.id : fileName.replace(/\.json$/, "");
  return { id, title: record.title ?? id, description: record.description ?? "", raw };
}

export interface CatalogueLoad {
  /** Resolves once every file has arrived (or failed): the scenarios that could be read, and the failures. */
  done: Promise<{ scenarios: ScenarioSummary[]; failed: string[] }>;
  /** Files arrived so far, for the progress bar. */
  loaded(): number;
  total: number;
  /** Starts the downloads (once; later calls do nothing). `done` waits for this. */
  start(): void;
}

/**
 * The bundled scenarios, fetched when `start()` is called: at once by main.ts when the URL names a game
 * (the files then arrive while the engine starts), otherwise after the menu's first frame (app.markReady),
 * so the menu never waits for files it does not show (`npm run bench:web` counts bytes before the menu).
 */
export function bundledCatalogue(): CatalogueLoad {
  let arrived = 0;
  const failed: string[] = [];
  let begin: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    begin = resolve;
  });
  const done = started.then(() => Promise.all(
    bundledScenarios.map(async (entry) => {
      try {
        const response = await fetch(entry.url);
        if (!response.ok) throw new Error(String(response.status));
        return summarize((await response.json()) as unknown, entry.fileName);
      } catch {
        failed.push(entry.fileName);
        return undefined;
      } finally {
        arrived += 1;
      }
    }),
  )).then((list) => ({ scenarios: list.filter((s): s is ScenarioSummary => s !== undefined), failed }));
  return { done, loaded: () => arrived, total: bundledScenarios.length, start: () => begin() };
}
