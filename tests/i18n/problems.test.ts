// Problems in files and refusals of actions reach the French player in French: the core gives each a code
// and parameters beside its English sentence, and every code the core emits has a wording in both
// catalogues, with no placeholder left unfilled.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReplayText, validateScenario, VERIFY_NOTES, type Problem } from "../../src/core";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { formatMessage, type Params } from "../../src/i18n/format";

const root = resolve(import.meta.dirname, "../..");
const fixture = () => JSON.parse(readFileSync(join(root, "tests/fixtures/small.json"), "utf8")) as Record<string, unknown> & { countries: Record<string, unknown>[] };
const catalogues = { en: en as Record<string, string>, fr: fr as Record<string, string> };
const render = (locale: "en" | "fr", key: string, params: Params = {}) => {
  const template = catalogues[locale][key];
  return template === undefined ? undefined : formatMessage(template, params, { locale, number: (n) => String(n) });
};

/** Problems of every kind the checks word with a code: types, ranges, fields, JSON, replay structure. */
function brokenProblems(): Problem[] {
  const scenario = fixture();
  const jp = scenario.countries[1]!;
  scenario.countries[2]!.demand = "15000"; // a number in quotes
  jp.relations = 0.5; // a fraction
  jp.dependence = 5000; // above its maximum
  jp.colour = "red"; // an unknown field
  delete jp.demand; // a missing field
  jp.id = "jp"; // a lowercase code
  scenario.title = "";
  const problems = [...(validateScenario(scenario) as { problems: Problem[] }).problems];
  const text = JSON.stringify(fixture()).replace('"turns":8', '"turns":1e999').replace('"format"', '"__proto__":{},"format"');
  problems.push(...(validateScenario(JSON.parse(text)) as { problems: Problem[] }).problems);
  const replays = [
    JSON.stringify({ format: "chip-diplomacy/scenario" }),
    JSON.stringify([1, 2]),
    '{"format": "chip-diplomacy/replay", "format": "x"}',
  ];
  for (const replay of replays) {
    const parsed = parseReplayText(replay);
    if (!parsed.ok) problems.push(...parsed.problems);
  }
  return problems;
}

describe("problems in files, in the player's language", () => {
  const problems = brokenProblems();

  it("come with codes, and every code has a wording in English and in French", () => {
    const coded = problems.filter((p) => p.code !== undefined);
    expect(coded.length).toBeGreaterThanOrEqual(10);
    const codes = new Set(coded.map((p) => p.code));
    for (const code of ["schema/unknown-field", "schema/missing-field", "schema/type-number", "schema/max-value", "schema/empty-text", "json/not-finite", "json/forbidden-key", "replay/format", "replay/not-object"]) {
      expect(codes, code).toContain(code);
    }
    for (const p of problems) {
      if (p.code === undefined || p.code === "schema/other" || p.code.startsWith("schema/type-other")) continue;
      expect(render("en", `problem.${p.code}`, p.params), p.code).toBeDefined();
      const french = render("fr", `problem.${p.code}`, p.params);
      expect(french, `no French for problem.${p.code}`).toBeDefined();
      expect(french).not.toMatch(/\{\s*\w+\s*[,}]|\bmust\b|\bfield\b|undefined/);
      if (p.hintCode) {
        expect(render("fr", `problemHint.${p.hintCode}`, p.hintParams), `no French for problemHint.${p.hintCode}`).toMatch(/\S/);
      }
    }
  });

  it("word the English the same as the core does", () => {
    for (const p of problems) {
      if (p.code === "schema/unknown-field" || p.code === "replay/turn-count") continue; // typographic quotes and plurals differ on purpose
      const english = p.code ? render("en", `problem.${p.code}`, p.params) : undefined;
      if (english !== undefined && !/[“”’]/.test(english)) expect(english).toBe(p.message);
    }
  });

  it("every wording in both catalogues, every placeholder filled", () => {
    const samples: Params = { field: "demand", min: 2, max: 100, pattern: "YYYY-MM", allowed: "a or b", value: "1", key: "__proto__", format: "f", version: 3, minimum: 3, reads: 2, oldest: 1, records: 1, ends: 2, turn: 4, turns: 5, branch: 6, id: "x", suggestion: "hawkishness", lower: "ae", upper: "AE", recorded: "y" };
    const keys = Object.keys(en).filter((k) => /^(problem\.(schema|json|replay)\/|problemHint\.|verifyNote\.|rejection\.)/.test(k));
    expect(keys.length).toBeGreaterThan(60);
    for (const key of keys) {
      for (const locale of ["en", "fr"] as const) {
        const text = render(locale, key, samples);
        expect(text, `${locale} ${key}`).toBeDefined();
        expect(text, `${locale} ${key}`).not.toMatch(/\{\s*\w+\s*[,}]|undefined/);
      }
    }
  });

  it("the replay verifier's notes and every refusal the core can give are worded in both languages", () => {
    for (const code of Object.keys(VERIFY_NOTES)) {
      expect(render("fr", `verifyNote.${code}`), code).toBeDefined();
      expect(render("en", `verifyNote.${code}`)?.replace(/’/g, "'")).toBe(VERIFY_NOTES[code as keyof typeof VERIFY_NOTES]);
    }
    // The refusal codes written in the core's sources (reject("code", …) and the action-shape codes).
    const core = join(root, "src/core");
    const sources = readdirSync(core).filter((f) => f.endsWith(".ts")).map((f) => readFileSync(join(core, f), "utf8")).join("\n");
    const codes = new Set([...sources.matchAll(/reject\("([a-z0-9-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]!));
    codes.add("action/unknown");
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) {
      expect(render("en", `rejection.${code}`), `rejection.${code} in English`).toBeDefined();
      expect(render("fr", `rejection.${code}`), `rejection.${code} in French`).toBeDefined();
    }
  });
});
