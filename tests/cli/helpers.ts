import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/run";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const FIXTURE = join(ROOT, "tests", "fixtures", "small.json");

export interface Ran { code: number; out: string; err: string }

export async function cli(args: string[], cwd = ROOT): Promise<Ran> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => { out += t; }, err: (t) => { err += t; }, cwd, stderrIsTTY: false });
  return { code, out, err };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "chip-cli-"));
}

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value));
}
