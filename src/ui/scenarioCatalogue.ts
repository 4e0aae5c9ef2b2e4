// The scenarios bundled with the game: every scenarios/*.json except the JSON Schema. Vite copies each
// file as an asset and gives us its URL, so scenarios are fetched (and shown in the preload bar), not
// compiled into the JavaScript that the menu waits for.
const urls = import.meta.glob<string>(["../../scenarios/*.json", "!../../scenarios/*.schema.json"], {
  query: "?url",
  import: "default",
  eager: true,
});

export interface BundledScenario {
  /** Cache key in Phaser's JSON cache. */
  key: string;
  url: string;
  fileName: string;
}

export const bundledScenarios: BundledScenario[] = Object.entries(urls)
  .map(([path, url]) => {
    const fileName = path.split("/").pop() ?? path;
    return { key: `scenario:${fileName}`, url, fileName };
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
