// Forged replays (issue 11): everything a replay states is checked against the re-simulation, unknown
// fields and keys written twice are refused, and no malformed action makes a command crash. Expectations
// are computed from the core, so rule changes do not break these tests.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseReplayText, verifyReplay, type Replay } from "../../src/core/index";
import { cli, FIXTURE, tempDir } from "./helpers";

let dir: string;
let text: string;
let original: Replay;
let originalPath: string;

function forged(name: string, change: (r: Record<string, unknown> & Replay) => void): string {
  const copy = JSON.parse(text) as Record<string, unknown> & Replay;
  change(copy);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(copy));
  return path;
}

beforeAll(async () => {
  dir = tempDir();
  originalPath = join(dir, "original.json");
  expect((await cli(["play", "--scenario", FIXTURE, "--seed", "forge", "--bot", "balanced", "--out", originalPath])).code).toBe(0);
  text = readFileSync(originalPath, "utf8");
  original = JSON.parse(text) as Replay;
  expect(original.final.outcome).not.toBeNull();
});

describe("a replay's stated results are checked", () => {
  it("the issue's reproducer: a final score edited to 100 (A) does not verify, naming the field", async () => {
    const real = original.final.outcome?.score.total ?? -1;
    expect(real).not.toBe(100);
    const path = forged("score", (r) => { if (r.final.outcome) { r.final.outcome.score.total = 100; r.final.outcome.score.grade = "A"; } });
    const res = await cli(["verify", path]);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`final.outcome.score.total: recorded 100, re-simulated ${real}`);
    expect(res.err).toMatch(/final\.outcome\.score\.grade: recorded "A"/);
    expect(res.out).not.toContain("verified");
  });

  it("compare refuses a forged game and never calls it identical to the real one", async () => {
    const path = forged("score-compare", (r) => { if (r.final.outcome) r.final.outcome.score.total = 100; });
    const res = await cli(["compare", path, originalPath]);
    expect(res.code).toBe(1);
    expect(res.out).not.toContain("identical");
    expect(res.err).toContain("final.outcome.score.total");
  });

  it("the core's comparison alone does not call two different statements identical", async () => {
    const copy = JSON.parse(text) as Replay;
    if (copy.final.outcome) copy.final.outcome.score.total = 100;
    const { compareReplays } = await import("../../src/core/index");
    const result = compareReplays([copy, original]);
    expect(result.ok && result.value.firstDivergentTurn).not.toBeNull();
  });

  const edits: [string, (r: Replay) => void, RegExp][] = [
    ["outcome", (r) => { if (r.final.outcome) r.final.outcome.result = r.final.outcome.result === "completed" ? "dismissed" : "completed"; }, /final\.outcome\.result: recorded "/],
    ["outcome turn", (r) => { if (r.final.outcome) r.final.outcome.turn += 1; }, /final\.outcome\.turn: recorded/],
    ["tracks", (r) => { r.final.tracks.revenue += 5; }, /final\.tracks\.revenue: recorded/],
    ["deals added", (r) => { r.final.deals.ZZ = { chips: 1, investment: 1, tariffCut: 0, enforcementCooperation: false, conditions: {} as Replay["final"]["deals"][string]["conditions"], signedTurn: 0 }; }, /final\.deals\.ZZ: recorded \{/],
    ["status", (r) => { r.final.status = r.final.status === "over" ? "playing" : "over"; }, /final\.status: recorded "/],
    ["id", (r) => { r.id = "0123456789abcdef"; }, /^\s+id: recorded "0123456789abcdef"/m],
  ];
  for (const [name, edit, message] of edits) {
    it(`an edited ${name} is named`, async () => {
      const path = forged(name.replace(/ /g, "-"), edit);
      const res = await cli(["verify", path]);
      expect(res.code, res.err).toBe(1);
      expect(res.err).toMatch(message);
    });
  }

  it("every deal's terms are checked", () => {
    const copy = JSON.parse(text) as Replay;
    const [id] = Object.keys(copy.final.deals);
    if (id === undefined) return expect(Object.keys(original.final.deals)).toEqual([]);
    const deal = copy.final.deals[id];
    if (deal) deal.chips += 1;
    const scenario = copy.scenario.embedded;
    if (!scenario) throw new Error("no embedded scenario");
    const result = verifyReplay(copy, scenario);
    expect(result.kind).toBe("misstated");
    if (result.kind === "misstated") expect(result.fields.map((f) => f.path)).toEqual([`final.deals.${id}.chips`]);
  });
});

describe("fields a replay must not have", () => {
  it("an unknown field is reported with its path", async () => {
    for (const [change, where] of [
      [(r: Record<string, unknown>) => { r.verifiedBy = "teacher"; }, "verifiedBy"],
      [(r: Replay) => { (r.final as unknown as Record<string, unknown>).bonus = 10; }, "final.bonus"],
      [(r: Replay) => { (r.turns[0] as unknown as Record<string, unknown>).note = "x"; }, "turns[0].note"],
      [(r: Replay) => { (r.actions[0] as unknown as Record<string, unknown>).extra = 1; }, "actions[0].extra"],
    ] as [(r: Record<string, unknown> & Replay) => void, string][]) {
      const res = await cli(["verify", forged(`unknown-${where}`, change)]);
      expect(res.code, where).toBe(2);
      expect(res.err, where).toContain(where);
    }
  });

  it("a key written twice is reported, not silently last-wins", async () => {
    const score = original.final.outcome?.score.total ?? 0;
    const doubled = text.replace(`"total": ${score}`, `"total": 100, "total": ${score}`);
    expect(doubled).not.toBe(text);
    const path = join(dir, "duplicate.json");
    writeFileSync(path, doubled);
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("final.outcome.score.total: is written twice");
    const parsed = parseReplayText(doubled);
    expect(parsed.ok).toBe(false);
  });
});

describe("a malformed action never crashes a command", () => {
  it("the issue's reproducer: actions[0].id = {toString: ...} is bad input (exit 2) for verify, report and branch", async () => {
    const path = forged("object-id", (r) => { r.actions[0] = { type: "licence", id: { toString: "boom" }, decision: "approve" } as unknown as Replay["actions"][number]; });
    for (const args of [["verify", path], ["report", path], ["branch", path, "--turn", "1"]]) {
      const res = await cli(args);
      expect(res.code, args.join(" ")).toBe(2);
      expect(res.err).not.toContain("unexpected error");
      expect(res.err).toContain("actions[0].id: must be a string, not an object");
    }
  });
});
