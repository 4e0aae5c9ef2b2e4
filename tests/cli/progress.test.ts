// Long commands (issue 11): progress on a terminal only, clean output in pipes, and Ctrl-C stops at once.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run";
import { FIXTURE, ROOT } from "./helpers";

async function batch(tty: boolean): Promise<{ code: number; out: string; err: string; progress: string }> {
  let out = ""; let err = ""; let progress = "";
  const code = await run(["batch", "--scenario", FIXTURE, "--seeds", "3", "--policy", "bilateral", "--bot", "idle"], {
    out: (t) => { out += t; }, err: (t) => { err += t; }, progress: (t) => { progress += t; }, cwd: ROOT, stderrIsTTY: tty,
  });
  return { code, out, err, progress };
}

describe("batch progress", () => {
  it("shows a bar on a terminal, and nothing in a pipe", async () => {
    const terminal = await batch(true);
    expect(terminal.code).toBe(0);
    expect(terminal.progress).toContain("3/3");
    expect(terminal.out).not.toContain("\r");
    const piped = await batch(false);
    expect(piped.progress).toBe("");
    expect(piped.err).toBe("");
    expect(piped.out).toBe(terminal.out);
  });

  it("batch --seeds 1000000 stops cleanly on Ctrl-C (exit 130, no stack trace)", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", "main.ts"), "batch", "--scenario", FIXTURE, "--seeds", "1000000"], { cwd: ROOT, env: { ...process.env, FORCE_PROGRESS: "1" } });
    let stderr = "";
    // Once the progress line shows (the command is in its loop, whatever the machine's load), interrupt it.
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); if (stderr.includes("(Ctrl-C stops)")) resolve(); });
    });
    const started = performance.now();
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain("interrupted");
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(performance.now() - started).toBeLessThan(3000);
  }, 60_000);
});
