// Issue 12's findings about validation (and issue 11's about ids, links, bidi text and bounded work), one
// test per finding: every problem in one pass, paths that name things, mended messages, the checks the docs
// promise, adversaries without negotiation fields, "$schema" outside scenarios/.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getQuickJS } from "quickjs-emscripten";
import { toJsonSchema } from "@valibot/to-json-schema";
import {
  MAX_PROBLEMS, parseScenarioText, playGame, BOTS, problemLine, scenarioSchema, validateScenario,
  type Problem,
} from "../../src/core/index";
import { run } from "../../src/cli/run";
import { bundleCore } from "../engine/bundle";

const ROOT = join(import.meta.dirname, "../..");
const FIXTURE = readFileSync(join(ROOT, "tests/fixtures/small.json"), "utf8");
type Json = Record<string, unknown> & { countries: Record<string, unknown>[]; events: Record<string, unknown>[]; sources?: Record<string, unknown>[] };
const base = (): Json => JSON.parse(FIXTURE) as Json;
function country(s: Json, i: number): Record<string, unknown> {
  const found = s.countries[i];
  if (!found) throw new Error(`no countries[${i}]`);
  return found;
}

function problemsOf(data: unknown): Problem[] {
  const checked = validateScenario(data);
  return checked.ok ? checked.warnings ?? [] : checked.problems;
}
const errorsOf = (data: unknown): Problem[] => problemsOf(data).filter((p) => p.severity !== "warning");
const lines = (problems: Problem[]): string => problems.map(problemLine).join("\n");

function event(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: "test-event", title: "A test", text: "Something happens.", from: "2025-06", to: "2025-08", probability: 500,
    hypothetical: true, effects: [{ kind: "track", track: "hawkishness", add: 5 }], ...overrides,
  };
}

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => { out += t; }, err: (t) => { err += t; }, cwd, stderrIsTTY: false });
  return { code, out, err };
}

describe("one pass: structure and meaning together", () => {
  it("an unknown field and four meaning errors are all reported in the same run", () => {
    const s = base();
    s.colour = "blue";
    (country(s, 5).priorities as Record<string, number>).chips = 900;
    country(s, 4).peers = ["ZZ"];
    (s.scoring as { weights: Record<string, number> }).weights.security = 900;
    s.events[0] = { ...s.events[0], from: "2030-01", to: "2030-02" };
    const problems = errorsOf(s);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining([
      "colour", "countries[5].priorities", "countries[4].peers[0]", "scoring.weights", "events[0].from",
    ]));
  });

  it("meaning checks run on the sound parts: a country with a broken field is left out, not the others", () => {
    const s = base();
    country(s, 1).demand = "lots";
    country(s, 5).peers = ["SG"];
    // The broken country is still a known id: a peer pointing at it is not "unknown".
    country(s, 2).peers = ["JP"];
    const problems = errorsOf(s);
    expect(problems.map((p) => p.path).sort()).toEqual(["countries[1].demand", "countries[5].peers[0]"]);
  });
});

describe("paths name the thing", () => {
  it("countries and events are named by their ids, in the core's one-line wording", () => {
    const s = base();
    country(s, 5).relations = 500;
    s.events[1] = { ...s.events[1], probability: 0 };
    const problems = errorsOf(s);
    const text = lines(problems);
    expect(text).toContain("countries[5] (MY).relations: must be at most 100");
    expect(text).toMatch(new RegExp(`events\\[1\\] \\(${String(s.events[1]?.id)}\\)\\.probability`));
    // The plain JSON path stays for tools.
    expect(problems.find((p) => p.where?.startsWith("countries[5] (MY)"))?.path).toBe("countries[5].relations");
  });

  it("the command line prints the named path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "author-"));
    const s = base();
    country(s, 5).relations = 500;
    writeFileSync(join(dir, "bad.json"), JSON.stringify(s));
    const r = await cli(["validate", join(dir, "bad.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("countries[5] (MY).relations");
  });

  it("the browser lists problems with the same named path", () => {
    // src/ui/messages.ts renders `where` (falling back to `path`), as the command line does.
    const source = readFileSync(join(ROOT, "src/ui/messages.ts"), "utf8");
    expect(source).toContain("problem.where ?? problem.path");
  });
});

describe("messages", () => {
  it("a missing \"tiered\" gives what it is and an example, with no stray punctuation", () => {
    const s = base();
    delete s.tiered;
    const [problem] = errorsOf(s);
    expect(problem?.path).toBe("tiered");
    expect(problem?.message).toBe("the required field \"tiered\" is missing: parameters of the tiered regime (the rescinded rule)");
    expect(problem?.expected).toContain("{\"tier2Cap\": 49901, \"g2gCap\": 99802}");
    expect(problemLine(problem as Problem)).not.toContain(".,");
  });

  it("an enum error lists the allowed values once and suggests the right case", () => {
    const s = base();
    s.events[0] = event({ conditions: [{ track: "Hawkishness", op: ">=", value: 50 }] });
    const [problem] = errorsOf(s);
    expect(problem?.path).toBe("events[0].conditions[0].track");
    expect(problem?.hint).toBe("did you mean \"hawkishness\"?");
    const line = problemLine(problem as Problem);
    expect(line.split("\"leakageTrue\"").length - 1).toBe(1);
  });

  it("an adversary given Tier 2 gets one message", () => {
    const s = base();
    country(s, 0).formerTier = 2;
    const problems = errorsOf(s).filter((p) => p.path === "countries[0].formerTier");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("adversary");
  });

  it("a file holding null says null", () => {
    const checked = parseScenarioText("null");
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]?.found).toBe("null");
  });

  it("UTF-16 and UTF-32 files are named by their encoding, not called binary", () => {
    const json = "{\"format\": \"chip-diplomacy/scenario\"}";
    const asUtf8 = (bytes: Buffer): string => new TextDecoder("utf-8").decode(bytes);
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, "utf16le")]);
    const utf16be = Buffer.from(json, "utf16le").swap16();
    const utf32le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...json].map((c) => Buffer.from([c.charCodeAt(0), 0, 0, 0]))]);
    const cases: [Buffer, string][] = [[utf16le, "UTF-16 (little-endian)"], [utf16be, "UTF-16 (big-endian)"], [utf32le, "UTF-32 (little-endian)"]];
    for (const [bytes, name] of cases) {
      const checked = parseScenarioText(asUtf8(bytes));
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        expect(checked.problems[0]?.message).toContain(`encoded in ${name}`);
        expect(checked.problems[0]?.found).not.toContain("binary");
      }
    }
  });
});

describe("checks the docs promise", () => {
  it("an event window partly outside the game is reported at the end that sticks out", () => {
    const s = base();
    s.events[0] = event({ from: "2025-01", to: "2025-06" });
    s.events[1] = event({ id: "late", from: "2025-10", to: "2026-06" });
    const problems = errorsOf(s);
    expect(problems.find((p) => p.path === "events[0].from")?.message).toContain("starts before the game");
    expect(problems.find((p) => p.path === "events[1].to")?.message).toContain("ends after the game's last month");
  });

  it("contradictory conditions are reported", () => {
    const s = base();
    s.events[0] = event({ conditions: [{ track: "hawkishness", op: ">=", value: 55 }, { track: "hawkishness", op: "<=", value: 20 }] });
    const problem = errorsOf(s).find((p) => p.path === "events[0].conditions");
    expect(problem?.message).toContain("contradict");
    expect(problem?.found).toBe("hawkishness >= 55 and hawkishness <= 20");
  });

  it("conditions on unbounded tracks are bounded too", () => {
    for (const value of [1e308, -1e308, -1]) {
      const s = base();
      s.events[0] = event({ conditions: [{ track: "revenue", op: ">=", value }] });
      expect(errorsOf(s).some((p) => p.path === "events[0].conditions[0].value"), String(value)).toBe(true);
    }
    const s = base();
    s.events[0] = event({ conditions: [{ track: "leakageTrue", op: "<", value: 0 }] });
    expect(errorsOf(s).find((p) => p.path === "events[0].conditions[0]")?.message).toContain("can never hold");
  });

  it("the JSON Schema gives schemaVersion a maximum", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "scenarios/scenario.schema.json"), "utf8")) as { properties: Record<string, { maximum?: number }> };
    expect(schema.properties.schemaVersion?.maximum).toBe(1);
    expect(schema.properties.minCompatibleVersion?.maximum).toBe(1);
    // And the generated schema is what the core checks.
    expect((toJsonSchema(scenarioSchema) as typeof schema).properties.schemaVersion?.maximum).toBe(1);
  });

  it("a minCompatibleVersion above this reader's version is refused, and one above schemaVersion too", () => {
    const s = base();
    s.minCompatibleVersion = 3;
    const [problem] = errorsOf(s);
    expect(problem?.path).toBe("minCompatibleVersion");
    expect(problem?.hint).toContain("update the game");
    const ok = base();
    ok.minCompatibleVersion = 1;
    expect(validateScenario(ok).ok).toBe(true);
  });
});

describe("adversaries need no negotiation fields", () => {
  it("an adversary without priorities, reservation, patience, investment or tariff room is valid and plays", () => {
    const s = base();
    for (const field of ["priorities", "reservation", "patience", "investmentCapacity", "tariffRoom"]) delete country(s, 0)[field];
    const checked = validateScenario(s);
    expect(checked.ok, lines(problemsOf(s))).toBe(true);
    if (checked.ok) {
      const game = playGame(checked.value, "adversary-defaults", BOTS.balanced as NonNullable<(typeof BOTS)[string]>);
      expect(game.state.status).toBe("over");
    }
  });

  it("every other country still needs them", () => {
    const s = base();
    delete country(s, 3).priorities;
    delete country(s, 3).patience;
    const problems = errorsOf(s);
    expect(problems.map((p) => p.path).sort()).toEqual(["countries[3].patience", "countries[3].priorities"]);
    expect(problems[0]?.expected).toContain("only adversaries");
  });
});

describe("ids, links, text (issue 11)", () => {
  it("\"constructor\" is an id like any other: no false duplicate, and not found when not listed", () => {
    const s = base();
    s.sources = [{ id: "constructor", title: "A source", url: "https://example.org/a" }];
    s.events = [
      event({ id: "constructor", hypothetical: false, source: "constructor" }),
      event({ id: "other", hypothetical: false, source: "tostring" }),
      event({ id: "third", hypothetical: false, source: "hasownproperty" }),
    ];
    expect(errorsOf(s).map((p) => `${p.path}: ${p.message}`)).toEqual([
      "events[1].source: the source \"tostring\" is not in \"sources\"",
      "events[2].source: the source \"hasownproperty\" is not in \"sources\"",
    ]);
    const unlisted = base();
    unlisted.events = [event({ id: "constructor", hypothetical: false, source: "constructor" })];
    expect(errorsOf(unlisted).map((p) => p.path)).toEqual(["events[0].source"]);
  });

  it("sources[].url and event sources accept https and http only", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "https://", "https://exa mple.org", "ftp://example.org", "https://user@evil.example/"]) {
      const s = base();
      s.sources = [{ id: "a", title: "A", url }];
      expect(errorsOf(s).map((p) => p.path), url).toEqual(["sources[0].url"]);
      const e = base();
      e.events = [event({ hypothetical: false, source: url })];
      expect(errorsOf(e).map((p) => p.path), url).toEqual(["events[0].source"]);
    }
    const s = base();
    s.sources = [{ id: "a", title: "A", url: "http://example.org" }, { id: "b", title: "B", url: "https://www.federalregister.gov/d/2025-00636?x=1#p-2" }];
    expect(errorsOf(s)).toEqual([]);
  });

  it("validation gives the same verdicts in QuickJS as in Node (no host URL parser)", async () => {
    const QuickJS = await getQuickJS();
    const vm = QuickJS.newContext();
    try {
      const loaded = vm.evalCode(await bundleCore());
      if (loaded.error) { loaded.error.dispose(); throw new Error("bundle did not load"); }
      loaded.value.dispose();
      const bad = base();
      bad.sources = [{ id: "a", title: "A", url: "javascript:alert(1)" }];
      const texts = [readFileSync(join(ROOT, "scenarios/may-2025.json"), "utf8"), readFileSync(join(ROOT, "scenarios/tutorial.json"), "utf8"), JSON.stringify(bad)];
      for (const text of texts) {
        const result = vm.evalCode(`JSON.stringify(ChipCore.parseScenarioText(${JSON.stringify(text)}))`);
        if (result.error) { result.error.dispose(); throw new Error("QuickJS threw"); }
        const inQuickJS = JSON.parse(vm.getString(result.value) as string) as { ok: boolean; problems?: Problem[] };
        result.value.dispose();
        const inNode = parseScenarioText(text);
        expect(inQuickJS.ok).toBe(inNode.ok);
        expect(inQuickJS.problems ?? []).toEqual(inNode.ok ? [] : inNode.problems);
      }
    } finally {
      vm.dispose();
    }
  });

  it("bidirectional control characters in text are a warning, with the path", () => {
    const s = base();
    country(s, 5).name = "Malaysia\u202E";
    const checked = validateScenario(s);
    expect(checked.ok).toBe(true);
    const warning = checked.ok ? checked.warnings?.[0] : undefined;
    expect(warning?.severity).toBe("warning");
    expect(warning?.where).toBe("countries[5] (MY).name");
    expect(warning?.message).toContain("U+202E RIGHT-TO-LEFT OVERRIDE");
  });

  it("300,000 empty countries: one bounded message, at once", () => {
    const text = `{"format": "chip-diplomacy/scenario", "schemaVersion": 1, "countries": [${Array.from({ length: 300_000 }, () => "{}").join(",")}]}`;
    expect(text.length).toBeLessThan(1_000_000);
    const checked = parseScenarioText(text);
    expect(checked.ok).toBe(false);
    const problems = checked.ok ? [] : checked.problems;
    expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
    const countries = problems.find((p) => p.path === "countries");
    expect(countries?.message).toBe("has too many items (at most 250)");
    expect(countries?.found).toBe("a list of 300000");
  });

  it("problems are capped at the first 100, then how many more", () => {
    const s = base();
    s.events = Array.from({ length: 200 }, (_, i) => event({ id: `e${i}`, probability: 5000 }));
    const problems = errorsOf(s);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]?.message).toBe("and 100 more problems");
  });
});

describe("\"$schema\" for files kept outside scenarios/", () => {
  it("validate warns when \"$schema\" points nowhere and gives the path that works from there", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "author-")), "mine");
    mkdirSync(dir);
    const s = base();
    s.$schema = "./scenario.schema.json";
    writeFileSync(join(dir, "gulf.json"), JSON.stringify(s));
    const r = await cli(["validate", join(dir, "gulf.json")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("$schema: points nowhere");
    const working = /expected the path of scenario\.schema\.json from this file: "([^"]+)"/.exec(r.out)?.[1];
    expect(working).toBeDefined();
    s.$schema = working;
    writeFileSync(join(dir, "gulf.json"), JSON.stringify(s));
    const fixed = await cli(["validate", join(dir, "gulf.json")]);
    expect(fixed.code).toBe(0);
    expect(fixed.out).not.toContain("warning");
  });

  it("the shipped scenarios' \"$schema\" resolves, and a web address is not checked offline", async () => {
    expect((await cli(["validate", "scenarios/may-2025.json"])).out).not.toContain("warning");
    const dir = mkdtempSync(join(tmpdir(), "author-"));
    const s = base();
    s.$schema = "https://example.org/scenario.schema.json";
    writeFileSync(join(dir, "web.json"), JSON.stringify(s));
    expect((await cli(["validate", join(dir, "web.json")])).out).not.toContain("warning");
  });
});
