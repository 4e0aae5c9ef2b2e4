// Links that carry a teacher's own scenario: the scenario's JSON compressed (deflate, with the browser's
// own CompressionStream: no library needed) and base64url-encoded in the URL's fragment, which never
// reaches a server. #scenario=<data>&seed=<seed>&policy=<regime>. Too large for a link: share the file.
export const MAX_LINK_CHARS = 32_000;

async function pump(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const blob = new Blob([bytes as BlobPart]);
  return new Uint8Array(await new Response(blob.stream().pipeThrough(stream)).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export async function encodeScenario(scenario: unknown): Promise<string> {
  return toBase64Url(await pump(new TextEncoder().encode(JSON.stringify(scenario)), new CompressionStream("deflate-raw")));
}

export async function decodeScenario(data: string): Promise<unknown> {
  if (!/^[A-Za-z0-9_-]+$/.test(data)) throw new Error("the scenario data holds characters a link's scenario never has");
  const bytes = await pump(fromBase64Url(data), new DecompressionStream("deflate-raw"));
  if (bytes.length > 5_000_000) throw new Error("the scenario is larger than 5 MB");
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

export interface ScenarioLink {
  data: string;
  seed: string | null;
  policy: string | null;
}

export function readScenarioFragment(hash: string): ScenarioLink | null {
  if (!hash.startsWith("#scenario=")) return null;
  const params = new URLSearchParams(hash.slice(1));
  const data = params.get("scenario");
  return data ? { data, seed: params.get("seed"), policy: params.get("policy") } : null;
}

/** The link for a scenario, seed and regime; null when it would be longer than MAX_LINK_CHARS. */
export async function scenarioLink(base: string, scenario: unknown, seed: string, policy: string): Promise<{ url: string | null; length: number }> {
  const url = new URL(base);
  url.search = "";
  url.hash = `scenario=${await encodeScenario(scenario)}&${new URLSearchParams({ seed, policy }).toString()}`;
  const text = url.toString();
  return { url: text.length <= MAX_LINK_CHARS ? text : null, length: text.length };
}
