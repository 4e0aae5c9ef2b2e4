// Hostile inputs (issue 11): devices, pipes, huge and sparse files, lists of a million items, long seeds and
// control characters. Each is refused quickly with exit 2 and a one-line reason; nothing hangs or crashes.
import { execFileSync } from "node:child_process";
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPLAY_MAX_SEED_LENGTH, type Replay } from "../../src/core/index";
import { escapeControls } from "../../src/cli/terminal";
import { cli, FIXTURE, tempDir } from "./helpers";

let dir: string;
let replayText: string;

beforeAll(async () => {
  dir = tempDir();
  const path = join(dir, "good.json");
  expect((await cli(["play", "--scenario", FIXTURE, "--seed", "hostile", "--out", path])).code).toBe(0);
  replayText = readFileSync(path, "utf8");
});

describe("files that are not files", () => {
  it("validate /dev/zero and verify /dev/urandom are refused at once, without reading", async () => {
    const zero = await cli(["validate", "/dev/zero"]);
    expect(zero.code).toBe(2);
    expect(zero.err).toContain("cannot read the scenario /dev/zero: it is a device, not a file");
    const random = await cli(["verify", "/dev/urandom"]);
    expect(random.code).toBe(2);
    expect(random.err).toContain("it is a device, not a file");
  });

  it("a FIFO is refused instead of blocking for ever", async () => {
    const fifo = join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    const res = await cli(["verify", fifo]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("it is a pipe (FIFO), not a file");
  });

  it("a sparse 3 GB file is refused on its size, before it is read", async () => {
    const sparse = join(dir, "sparse.json");
    const fd = openSync(sparse, "w");
    execFileSync("truncate", ["-s", "3G", sparse]);
    closeSync(fd);
    const started = performance.now();
    const res = await cli(["verify", sparse]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/too large \(3221225472 bytes; a replay is at most 20000000 bytes\)/);
    // Reading 3 GB would take seconds and gigabytes; the size check takes nothing.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("a folder is named as one", async () => {
    const res = await cli(["verify", dir]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("it is a folder");
  });
});

describe("bounded work", () => {
  it("a replay of 300,000 empty actions is refused on its length, before they are walked", async () => {
    const replay = JSON.parse(replayText) as { actions: unknown[] };
    replay.actions = Array.from({ length: 300_000 }, () => ({}));
    const path = join(dir, "many-actions.json");
    writeFileSync(path, JSON.stringify(replay));
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/actions: has too many actions \(expected at most 200000, found 300000\)/);
  });

  it("a replay embedding a scenario of 300,000 empty countries is refused on its length", async () => {
    const replay = JSON.parse(replayText) as { scenario: { embedded: { countries: unknown[] } } };
    replay.scenario.embedded.countries = Array.from({ length: 300_000 }, () => ({}));
    const path = join(dir, "many-countries.json");
    writeFileSync(path, JSON.stringify(replay));
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/scenario\.embedded\.countries: has too many countries \(expected at most 250, found 300000\)/);
  });

  it("problems are capped at 100, with how many more", async () => {
    const replay = JSON.parse(replayText) as { actions: unknown[] };
    replay.actions = Array.from({ length: 5000 }, () => ({ type: "nonsense" }));
    const path = join(dir, "many-problems.json");
    writeFileSync(path, JSON.stringify(replay));
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err.split("\n").filter((l) => l.startsWith("  actions[")).length).toBe(100);
    expect(res.err).toMatch(/and 4\d{3} more problems/);
  });
});

describe("what one command writes, every other reads", () => {
  it("play --seed refuses 201 characters; 200 characters play and verify", async () => {
    const long = await cli(["play", "--scenario", FIXTURE, "--seed", "s".repeat(REPLAY_MAX_SEED_LENGTH + 1)]);
    expect(long.code).toBe(2);
    expect(long.err).toContain(`--seed must be at most ${REPLAY_MAX_SEED_LENGTH} characters`);
    const path = join(dir, "long-seed.json");
    expect((await cli(["play", "--scenario", FIXTURE, "--seed", "s".repeat(REPLAY_MAX_SEED_LENGTH), "--out", path])).code).toBe(0);
    expect((await cli(["verify", path])).code).toBe(0);
  });
  it("play --seed refuses control characters", async () => {
    const res = await cli(["play", "--scenario", FIXTURE, "--seed", "a\nverified"]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("control characters");
  });
});

describe("control characters from files never reach the terminal raw", () => {
  it("a gameVersion with a newline cannot forge a 'verified' line", async () => {
    const replay = JSON.parse(replayText) as Replay;
    replay.gameVersion = "9.9.9\nverified: 8 turns, 1 actions, final hash 0000000000000000";
    const path = join(dir, "forged-line.json");
    writeFileSync(path, JSON.stringify(replay));
    const res = await cli(["verify", path]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("gameVersion: must not contain control characters");
    expect(`${res.out}${res.err}`.split("\n").some((l) => l.startsWith("verified"))).toBe(false);
  });
  it("an escape sequence in a scenario's title is printed escaped", async () => {
    const scenario = JSON.parse(readFileSync(FIXTURE, "utf8")) as { title: string };
    scenario.title = "Chips\u001b[2J\u001b[31m red \r\u202eoverride";
    const path = join(dir, "escape.json");
    writeFileSync(path, JSON.stringify(scenario));
    const res = await cli(["validate", path]);
    // eslint-disable-next-line no-control-regex
    expect(`${res.out}${res.err}`).not.toMatch(/[\u001b\r\u202e]/);
    expect(res.out).toContain("Chips\\u001b[2J\\u001b[31m red \\u000d\\u202eoverride");
  });
  it("escapeControls keeps newlines and tabs, escapes the rest", () => {
    expect(escapeControls("a\tb\nc\u0007d\u009be\u2066")).toBe("a\tb\nc\\u0007d\\u009be\\u2066");
  });
});
