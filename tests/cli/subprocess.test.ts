// A few real runs of `tsx src/cli/main.ts`, for the process exit codes and stream separation.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE, ROOT, tempDir } from "./helpers";

const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const MAIN = join(ROOT, "src", "cli", "main.ts");

function cliProcess(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [MAIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the CLI as a process", () => {
  it("exits 0, 1 and 2 as documented, never with a stack trace", () => {
    const dir = tempDir();
    const replay = join(dir, "r.json");
    const play = cliProcess(["play", "--scenario", FIXTURE, "--seed", "proc", "--bot", "hawk", "--out", replay]);
    expect(play.status).toBe(0);
    expect(play.stdout).toMatch(/Replay written/);

    const ok = cliProcess(["verify", replay]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^verified: 8 turns/);

    const tampered = JSON.parse(readFileSync(replay, "utf8")) as { turns: { hash: string }[] };
    (tampered.turns[5] as { hash: string }).hash = "ffffffffffffffff";
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify(tampered));
    const diverged = cliProcess(["verify", bad]);
    expect(diverged.status).toBe(1);
    expect(diverged.stderr).toContain("diverged at turn 5");
    expect(diverged.stdout).toBe("");

    writeFileSync(bad, "{ truncated");
    const broken = cliProcess(["verify", bad]);
    expect(broken.status).toBe(2);
    expect(broken.stderr.trim().split("\n")).toHaveLength(1);
    expect(broken.stderr).not.toMatch(/\n\s+at /);

    const usage = cliProcess(["play", "--no-such-option"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run cli -- play/);
  });
});
