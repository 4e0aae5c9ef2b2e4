// The corpus of broken scenario files: each gives its expected problems (path and message), every problem is
// complete (path, message, expected, found), nothing throws, nothing is polluted, and the CLI exits 2.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText, SCENARIO_MAX_BYTES, type Problem } from "../../src/core/index";
import { run } from "../../src/cli/run";

const dir = join(import.meta.dirname, "broken");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, { path: string; message: string }[]>;
const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "expected.json").sort();

function problemsOf(text: string): Problem[] {
  const checked = parseScenarioText(text);
  expect(checked.ok).toBe(false);
  return checked.ok ? [] : checked.problems;
}

function expectComplete(problems: Problem[]): void {
  for (const p of problems) {
    expect(p.path, JSON.stringify(p)).not.toBe("");
    expect(p.message, JSON.stringify(p)).toMatch(/\S/);
    expect(p.expected, JSON.stringify(p)).toMatch(/\S/);
    expect(p.found, JSON.stringify(p)).toMatch(/\S/);
    // Plain English, not valibot's internal wording.
    expect(`${p.message} ${p.expected}`).not.toMatch(/Invalid (type|key|value|length)|Expected never|<=|>=\d|\(\S+ \| /);
  }
}

describe("broken scenario files", () => {
  it("every file in the corpus has its expectations, and every expectation a file", () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  for (const file of files) {
    it(`${file}: reports the expected problems`, () => {
      const problems = problemsOf(readFileSync(join(dir, file), "utf8"));
      for (const want of expected[file] ?? []) {
        const match = problems.find((p) => p.path === want.path && p.message.includes(want.message));
        expect(match, `expected ${want.path}: ${want.message}\ngot:\n${problems.map((p) => `${p.path}: ${p.message}`).join("\n")}`).toBeDefined();
      }
      expectComplete(problems);
    });
  }

  it("an oversize file is refused before parsing", () => {
    const text = `{"format": "chip-diplomacy/scenario", "notes": "${"x".repeat(SCENARIO_MAX_BYTES)}"}`;
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("too large");
    // Multi-byte characters count as bytes, not characters.
    const multiByte = `{"notes": "${"é".repeat(SCENARIO_MAX_BYTES / 2 + 10)}"}`;
    expect(multiByte.length).toBeLessThan(SCENARIO_MAX_BYTES);
    expect(problemsOf(multiByte)[0]?.message).toContain("too large");
  });

  it("__proto__ and constructor keys never reach any object's prototype", () => {
    problemsOf(readFileSync(join(dir, "proto-keys.json"), "utf8"));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("nesting deep enough to overflow a recursive checker is reported, not thrown", () => {
    const deep = `{"format": "chip-diplomacy/scenario", "schemaVersion": 1, "notes": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const problems = problemsOf(deep);
    expect(problems.some((p) => p.message.includes("nested too deeply"))).toBe(true);
    const unclosed = problemsOf("[".repeat(200_000));
    expect(unclosed[0]?.message).toContain("ends too early");
  });

  it("a byte-order mark at the start is accepted", () => {
    const checked = parseScenarioText(`\uFEFF${readFileSync(join(import.meta.dirname, "../fixtures/small.json"), "utf8")}`);
    expect(checked.ok).toBe(true);
  });

  it("the CLI exits 2 on every broken file and lists the problems", async () => {
    for (const file of files) {
      let out = "";
      let err = "";
      const io = { out: (t: string) => { out += t; }, err: (t: string) => { err += t; }, cwd: dir, stderrIsTTY: false };
      const code = await run(["validate", join(dir, file)], io);
      expect(code, `${file}\n${out}${err}`).toBe(2);
      expect(`${out}${err}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(`${out}${err}`).toContain((expected[file] ?? [])[0]?.message ?? "");
    }
  });
});
