// A replay recorded under older rules: verify explains that the rules changed instead of a bare divergence.
// The fixture is the idle golden replay recorded by version 0.1.0 (its actions, per-turn hashes and results),
// with its embedded fixture scenario rewritten in today's scenario format, so that only the rules differ.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, readJson, ROOT } from "./helpers";

describe("verify across rules versions", () => {
  it("names the version a replay was recorded under when this build's rules differ", async () => {
    const old = join(ROOT, "tests", "fixtures", "rules-0.1.0.replay.json");
    const version = readJson<{ version: string }>(join(ROOT, "package.json")).version;
    expect(version).not.toBe("0.1.0");
    const r = await cli(["verify", old]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`recorded under the rules of game version 0.1.0, and this is version ${version}, whose rules differ`);
  });
});
