// Getting a class's replays in: dropped or picked files, a course tool's .zip of submissions (Moodle,
// Canvas and others put each student's file in a folder named after the student), or a list of URLs.
import { unzipSync } from "fflate";
import type { ClassFile } from "./analysis";

export const MAX_CLASS_FILES = 200;
const MAX_BYTES = 5_000_000;
const MAX_ZIP_BYTES = 100_000_000;

export interface Gathered {
  files: ClassFile[];
  problems: { file: string; reason: string }[];
}

/** "Alice Martin_123456_assignsubmission_file_/replay.json" → "Alice Martin"; a plain "bob.json" stays "bob.json". */
export function labelOfEntry(path: string): string {
  const parts = path.split("/").filter(Boolean);
  const base = parts[parts.length - 1] ?? path;
  const folder = parts[parts.length - 2];
  if (!folder) return base;
  const student = folder.split("_")[0]?.trim();
  return student ? `${student}.json` : base;
}

export async function gatherFiles(files: readonly File[]): Promise<Gathered> {
  const out: Gathered = { files: [], problems: [] };
  for (const file of files) {
    if (out.files.length >= MAX_CLASS_FILES) break;
    if (/\.zip$/i.test(file.name) || file.type === "application/zip") {
      if (file.size > MAX_ZIP_BYTES) { out.problems.push({ file: file.name, reason: `${Math.round(file.size / 1e6)} MB is larger than ${MAX_ZIP_BYTES / 1e6} MB` }); continue; }
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(new Uint8Array(await file.arrayBuffer()), { filter: (entry) => /\.json$/i.test(entry.name) && !entry.name.startsWith("__MACOSX/") && entry.originalSize <= MAX_BYTES });
      } catch (error) {
        out.problems.push({ file: file.name, reason: `not a readable .zip file (${error instanceof Error ? error.message : String(error)})` });
        continue;
      }
      const names = Object.keys(entries).sort();
      if (names.length === 0) out.problems.push({ file: file.name, reason: "holds no replay (.json) file" });
      const decoder = new TextDecoder();
      for (const name of names) {
        if (out.files.length >= MAX_CLASS_FILES) break;
        out.files.push({ name: labelOfEntry(name), text: decoder.decode(entries[name]) });
      }
      continue;
    }
    if (file.size > MAX_BYTES) { out.problems.push({ file: file.name, reason: `${Math.round(file.size / 1e3)} KB is larger than ${MAX_BYTES / 1e3} KB` }); continue; }
    try {
      out.files.push({ name: file.name, text: await file.text() });
    } catch {
      out.problems.push({ file: file.name, reason: "could not be read" });
    }
  }
  return out;
}

/** A list of same-origin URLs (one a line, or a JSON array), fetched. */
export async function gatherUrls(list: readonly string[], base: string): Promise<Gathered> {
  const out: Gathered = { files: [], problems: [] };
  const origin = new URL(base).origin;
  await Promise.all(list.slice(0, MAX_CLASS_FILES).map(async (entry) => {
    let url: URL;
    try { url = new URL(entry, base); } catch { out.problems.push({ file: entry, reason: "not a URL" }); return; }
    if (url.origin !== origin) { out.problems.push({ file: entry, reason: `another site (${url.origin}): replays must be served beside the game` }); return; }
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      out.files.push({ name: url.pathname.split("/").pop() ?? entry, text: await response.text() });
    } catch (error) {
      out.problems.push({ file: entry, reason: `could not be fetched (${error instanceof Error ? error.message : String(error)})` });
    }
  }));
  out.files.sort((a, b) => a.name.localeCompare(b.name));
  return out;
}
