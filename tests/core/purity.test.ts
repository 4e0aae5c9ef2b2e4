import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rules are what keep src/core replayable in every engine; prove they bite.
describe("core purity lint rules", () => {
  const eslint = new ESLint();
  const lint = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: "src/core/__probe__.ts" });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };

  it.each([
    ["import Phaser from \"phaser\"; export const x = Phaser;", "no-restricted-imports"],
    ["import { readFileSync } from \"node:fs\"; export const x = readFileSync;", "no-restricted-imports"],
    ["export const x = Math.random();", "no-restricted-properties"],
    ["export const x = Math.exp(1);", "no-restricted-properties"],
    ["export const x = Math.pow(2, 0.5);", "no-restricted-properties"],
    ["export const x = Math.sin(1);", "no-restricted-properties"],
    ["export const x = Date.now();", "no-restricted-properties"],
    ["export const x = new Date();", "no-restricted-globals"],
    ["export const x = 2 ** 0.5;", "no-restricted-syntax"],
  ])("rejects %s", async (code, rule) => {
    expect(await lint(code)).toContain(rule);
  });

  it("accepts the deterministic subset", async () => {
    expect(await lint("export const x = Math.floor(Math.sqrt(2) * 3 / 4) + Math.max(1, Math.abs(-2));")).toEqual([]);
  });
});
