// The command line run in-process through run(argv, io): every command, its output and exit codes.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseReplayText } from "../../src/core/index";
import { COMMANDS } from "../../src/cli/run";
import { cli, FIXTURE, readJson, tempDir } from "./helpers";

let dir: string;
let balanced: string;
let hawk: string;
beforeAll(async () => {
  dir = tempDir();
  balanced = join(dir, "balanced.json");
  hawk = join(dir, "hawk.json");
  expect((await cli(["play", "--scenario", FIXTURE, "--seed", "t-1", "--bot", "balanced", "--out", balanced])).code).toBe(0);
  expect((await cli(["play", "--scenario", FIXTURE, "--seed", "t-1", "--bot", "hawk", "--out", hawk])).code).toBe(0);
});

describe("help and bad arguments", () => {
  it("every command has --help (exit 0)", async () => {
    for (const command of COMMANDS) {
      const r = await cli([command.name, "--help"]);
      expect(r.code, command.name).toBe(0);
      expect(r.out).toContain(`usage: npm run cli -- ${command.name}`);
    }
    expect((await cli(["--help"])).out).toContain("verify");
  });
  it("bad arguments print the usage and exit 2, without a stack trace", async () => {
    for (const args of [["play", "--seed", "x", "--frobnicate"], ["verify"], ["play", "--bot", "nobody", "--seed", "x"], ["batch", "--seeds", "many"], ["branch", balanced], ["nonsense"], ["report", balanced, "--format", "pdf"]]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err, args.join(" ")).toMatch(/usage|unknown command/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
  it("a missing file is one line and exit 2", async () => {
    const r = await cli(["verify", join(dir, "nope.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read the replay .*no such file/);
  });
});

describe("validate", () => {
  it("summarises a good scenario", async () => {
    const r = await cli(["validate", FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/is valid\. .*fixture-small.*6 countries/s);
  });
  it("lists every problem with its path", async () => {
    const bad = readJson(FIXTURE) as Record<string, unknown> & { countries: Record<string, unknown>[]; globals: Record<string, unknown> };
    (bad.countries[1] as Record<string, unknown>).demand = "lots";
    bad.globals.politicalCapital = 500;
    const path = join(dir, "bad-scenario.json");
    writeFileSync(path, JSON.stringify(bad));
    const r = await cli(["validate", path]);
    expect(r.code).toBe(2);
    // The path names the country as well as its position.
    expect(r.err).toContain(`countries[1] (${String(bad.countries[1]?.id)}).demand`);
    expect(r.err).toContain("globals.politicalCapital");
  });
  it("accepts a bundled id", async () => {
    if (!existsSync(join(FIXTURE, "..", "..", "..", "scenarios", "may-2025.json"))) return;
    expect((await cli(["validate", "may-2025"])).code).toBe(0);
  });
});

describe("play, verify, report", () => {
  it("play writes a replay that verify accepts", async () => {
    const r = await cli(["verify", balanced]);
    expect(r.code).toBe(0);
    const replay = parseReplayText(readFileSync(balanced, "utf8"));
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    expect(r.out).toBe(`verified: ${replay.value.turns.length} turns, ${replay.value.actions.length} actions, final hash ${replay.value.final.hash}\n`);
    expect(replay.value.format).toBe("chip-diplomacy/replay");
    expect(replay.value.gameVersion).toBe(readJson(join(FIXTURE, "..", "..", "..", "package.json")).version);
  });
  it("play is deterministic and --json gives the per-turn hashes", async () => {
    const a = await cli(["play", "--scenario", FIXTURE, "--seed", "t-1", "--bot", "balanced", "--json"]);
    const b = await cli(["play", "--scenario", FIXTURE, "--seed", "t-1", "--bot", "balanced", "--json"]);
    expect(a.out).toBe(b.out);
    const parsed = JSON.parse(a.out) as { turnHashes: string[] };
    expect(parsed.turnHashes).toHaveLength(8);
  });
  it("a replay without the scenario embedded finds the scenario by id only when told where", async () => {
    const path = join(dir, "bare.json");
    expect((await cli(["play", "--scenario", FIXTURE, "--seed", "t-2", "--bot", "dealmaker", "--out", path, "--no-embed"])).code).toBe(0);
    expect((await cli(["verify", path])).code).toBe(0); // the fixture is searched by id and hash
    expect((await cli(["verify", path, "--scenario", FIXTURE])).code).toBe(0);
  });
  it("report renders markdown, csv and json from the ledger", async () => {
    const md = await cli(["report", balanced]);
    expect(md.code).toBe(0);
    expect(md.out).toContain("# Debrief");
    expect(md.out).toContain("## The counterparts' hidden values, revealed");
    expect(md.out).toMatch(/Leakage \+[\d,]+ H100-equivalents via \S+: /);
    const csv = await cli(["report", balanced, "--format", "csv"]);
    expect(csv.out.split("\n")[0]).toBe("turn,month,phase,action_index,track,country,delta,cause,text");
    const json = JSON.parse((await cli(["report", balanced, "--format", "json"])).out) as { turns: unknown[]; deals: { reservation: number }[] };
    expect(json.turns).toHaveLength(8);
    expect(json.deals.length).toBeGreaterThan(0);
  });
});

describe("branch and compare", () => {
  it("a branch keeps the parent's first k turns and records its parent", async () => {
    const out = join(dir, "branch.json");
    const r = await cli(["branch", balanced, "--turn", "3", "--bot", "dealmaker", "--out", out]);
    expect(r.code).toBe(0);
    const parent = parseReplayText(readFileSync(balanced, "utf8"));
    const child = parseReplayText(readFileSync(out, "utf8"));
    if (!parent.ok || !child.ok) throw new Error("unreadable");
    expect(child.value.parent).toEqual({ id: parent.value.id, finalHash: parent.value.final.hash, branchTurn: 3 });
    expect(child.value.turns.slice(0, 3)).toEqual(parent.value.turns.slice(0, 3));
    expect((await cli(["verify", out])).code).toBe(0);
    const cmp = await cli(["compare", balanced, out]);
    expect(cmp.code).toBe(0);
    const at = /first diverge at turn (\d+)/.exec(cmp.out);
    expect(at, cmp.out).not.toBeNull();
    expect(Number(at?.[1])).toBeGreaterThanOrEqual(3);
  });
  it("branching past the end is bad input", async () => {
    expect((await cli(["branch", balanced, "--turn", "99"])).code).toBe(2);
  });
  it("compare shows two strategies on the same seed side by side", async () => {
    const r = await cli(["compare", balanced, hawk]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("bot:balanced");
    expect(r.out).toContain("bot:hawk");
    expect(r.out).toMatch(/deal JP/);
  });
  it("compare refuses replays of different seeds, saying so", async () => {
    const other = join(dir, "other-seed.json");
    await cli(["play", "--scenario", FIXTURE, "--seed", "t-9", "--bot", "hawk", "--out", other]);
    const r = await cli(["compare", balanced, other]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/do not share scenario and seed/);
    expect(r.err).toMatch(/seed "t-9", not "t-1"/);
  });
});

describe("batch and bench", () => {
  it("batch gives the same output for the same inputs, per regime, and writes a CSV", async () => {
    const csv = join(dir, "batch.csv");
    const a = await cli(["batch", "--scenario", FIXTURE, "--seeds", "6", "--bot", "balanced", "--csv", csv]);
    const b = await cli(["batch", "--scenario", FIXTURE, "--seeds", "6", "--bot", "balanced"]);
    expect(a.code).toBe(0);
    expect(a.out.replace(/\n\nOne row.*\n$/s, "\n")).toBe(b.out);
    expect(a.out).toMatch(/bilateral: 6 games/);
    expect(a.out).toMatch(/tiered: 6 games/);
    expect(readFileSync(csv, "utf8").trim().split("\n")).toHaveLength(13);
    const json = JSON.parse((await cli(["batch", "--scenario", FIXTURE, "--seeds", "4", "--policy", "tiered", "--json"])).out) as { regimes: { stats: Record<string, { mean: number; p10: number; p90: number }> }[] };
    expect(json.regimes).toHaveLength(1);
    const score = json.regimes[0]?.stats.score;
    expect(score && score.p10 <= score.p90).toBe(true);
  });
  it("bench --json prints the measurements", async () => {
    const r = await cli(["bench", "--scenario", FIXTURE, "--games", "3", "--json"]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as Record<string, number>;
    for (const key of ["turnMedianMs", "gameMedianMs", "gamesPerSecond", "verifyMedianMs", "rebuildAtTurnMedianMs"]) expect(parsed[key], key).toBeGreaterThan(0);
  });
});
