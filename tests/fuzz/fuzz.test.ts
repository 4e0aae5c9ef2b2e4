// A few hundred cases of `npm run fuzz` on every test run, from the same fixed seed: malformed scenarios,
// replays, saves and URL parameters never make the core or the CLI throw, hang or exit with a wrong code.
import { describe, expect, it } from "vitest";
import { runFuzz } from "../../tools/fuzz/run";

describe("fuzz (CI share)", () => {
  it("300 cases from a fixed seed: 0 failures, each case within its budget", async () => {
    const report = await runFuzz(300, 20251111);
    expect(report.failures).toEqual([]);
    expect(report.total).toBe(300);
  });
});
