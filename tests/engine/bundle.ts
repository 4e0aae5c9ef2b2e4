// Bundles the core into one script for another JavaScript engine. seedrandom's CommonJS wrapper tries
// require('crypto') inside a try/catch for autoseeding (which the core never uses): marking it external
// leaves esbuild's require shim, which throws there and is caught, so nothing of Node gets in.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

export const CORE_ENTRY = fileURLToPath(new URL("../../src/core/index.ts", import.meta.url));

export async function bundleCore(globalName = "ChipCore"): Promise<string> {
  const result = await build({
    entryPoints: [CORE_ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    globalName,
    platform: "neutral",
    mainFields: ["module", "main"],
    external: ["crypto"],
    target: "es2020",
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output");
  return file.text;
}
