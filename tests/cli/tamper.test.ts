// Tampered replays: each kind of damage gets the right exit code and a message that says what is wrong.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Action, Replay } from "../../src/core/index";
import { cli, FIXTURE, tempDir } from "./helpers";

let dir: string;
let original: Replay;
let text: string;

function variant(name: string, change: (r: Replay) => void): string {
  const copy = JSON.parse(text) as Replay;
  change(copy);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(copy));
  return path;
}

function turnOfAction(actions: readonly Action[], index: number): number {
  return actions.slice(0, index).filter((a) => a.type === "endTurn").length;
}

beforeAll(async () => {
  dir = tempDir();
  const path = join(dir, "original.json");
  expect((await cli(["play", "--scenario", FIXTURE, "--seed", "tamper", "--bot", "balanced", "--out", path])).code).toBe(0);
  text = readFileSync(path, "utf8");
  original = JSON.parse(text) as Replay;
});

describe("verify on tampered replays", () => {
  it("an edited action: exit 1 naming the turn and the quantities that differ", async () => {
    // Flipping a licence decision changes revenue and pressure at the end of that month.
    const index = original.actions.findIndex((a) => a.type === "licence");
    expect(index).toBeGreaterThanOrEqual(0);
    const path = variant("edited-action", (r) => {
      const a = r.actions[index];
      if (a?.type === "licence") a.decision = a.decision === "approve" ? "deny" : "approve";
    });
    const res = await cli(["verify", path]);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`diverged at turn ${turnOfAction(original.actions, index)}`);
    expect(res.err).toMatch(/tracks\.\w+: recorded [\d,]+, re-simulated [\d,]+/);
    expect(res.err).toMatch(/id does not match its content/);
  });
  it("an action made illegal: exit 2 naming the action and its turn", async () => {
    const index = original.actions.findIndex((a) => a.type === "offer");
    const path = variant("illegal-action", (r) => { r.actions[index] = { type: "acceptCounter", country: "ZZ" }; });
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toContain(`action ${index} (turn ${turnOfAction(original.actions, index)}) is illegal`);
    expect(res.err).toContain("country/unknown");
  });
  it("an edited hash: exit 1 naming that turn", async () => {
    const path = variant("edited-hash", (r) => { const t = r.turns[4]; if (t) t.hash = "0123456789abcdef"; });
    const res = await cli(["verify", path]);
    expect(res.code).toBe(1);
    expect(res.err).toContain("diverged at turn 4: recorded hash 0123456789abcdef");
    expect(res.err).toMatch(/every recorded quantity matches/);
  });
  it("an edited recorded quantity: exit 1 naming the turn and the quantity", async () => {
    const path = variant("edited-record", (r) => { const t = r.turns[2]; if (t) t.tracks.revenue += 1000; });
    const res = await cli(["verify", path]);
    expect(res.code).toBe(1);
    expect(res.err).toContain("diverged at turn 2");
    expect(res.err).toMatch(/tracks\.revenue: recorded/);
  });
  it("a truncated file: exit 2, not valid JSON, with the position", async () => {
    const path = join(dir, "truncated.json");
    writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/not valid JSON/);
  });
  it("bad JSON: exit 2 with line and column", async () => {
    const path = join(dir, "bad.json");
    writeFileSync(path, '{\n  "format": "chip-diplomacy/replay",\n  oops\n}');
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/not valid JSON.*line 3, column 3/);
  });
  it("a wrong scenario: exit 2 saying which scenario the replay needs", async () => {
    const other = JSON.parse(readFileSync(FIXTURE, "utf8")) as { id: string; turns: number };
    other.turns = 9;
    const otherPath = join(dir, "other-scenario.json");
    writeFileSync(otherPath, JSON.stringify(other));
    const res = await cli(["verify", join(dir, "original.json"), "--scenario", otherPath]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/played on scenario "fixture-small" with content hash [0-9a-f]{16}, but .* is a different version of it \(hash [0-9a-f]{16}\)/);
  });
  it("an embedded scenario edited inside the replay: exit 2", async () => {
    const path = variant("edited-embedded", (r) => { if (r.scenario.embedded) r.scenario.embedded.globals.maxLeakRate = 10; });
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/embedded scenario's content hash .* edited inside the replay/);
  });
  it("a replay of a scenario nobody has: exit 2", async () => {
    const path = variant("unknown-scenario", (r) => { delete r.scenario.embedded; r.scenario.id = "lost-world"; });
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/scenario "lost-world" was not found/);
  });
  it("a future version: exit 2 asking for a newer game", async () => {
    const path = variant("future", (r) => { r.schemaVersion = 99; r.minCompatibleVersion = 99; });
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/format version 99 .*update the game/);
  });
  it("a newer but compatible version is still read", async () => {
    const path = variant("newer-compatible", (r) => { r.schemaVersion = 2; });
    expect((await cli(["verify", path])).code).toBe(0);
  });
  it("a scenario file given as a replay: exit 2 saying so", async () => {
    const res = await cli(["verify", FIXTURE]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/this is a scenario file, not a replay/);
  });
  it("turn records removed: exit 2", async () => {
    const path = variant("cut", (r) => { r.turns.pop(); });
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/7 turn record\(s\) for 8 "endTurn" action\(s\)/);
  });
});
