// Golden replays pin the rules: each checked-in replay of the fixture holds a hash per turn. A rule change
// fails here naming the replay and the turn; regenerate deliberately with `npm run cli -- golden --update`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReplayText, parseScenarioText, verifyReplay } from "../../src/core/index";
import { GOLDEN_GAMES, goldenName } from "../../src/cli/commands/golden";
import { FIXTURE, ROOT } from "./helpers";

const DIR = join(ROOT, "tests", "golden");

describe("golden replays", () => {
  it("every golden game is checked in", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".replay.json")).sort();
    expect(files).toEqual(GOLDEN_GAMES.map(goldenName).sort());
  });
  it("were recorded on the current test fixture", () => {
    const fixture = parseScenarioText(readFileSync(FIXTURE, "utf8"));
    if (!fixture.ok) throw new Error("the fixture does not validate");
    for (const file of readdirSync(DIR).filter((f) => f.endsWith(".replay.json"))) {
      const replay = parseReplayText(readFileSync(join(DIR, file), "utf8"));
      if (!replay.ok) throw new Error(`${file}: ${replay.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
      expect(replay.value.scenario.embedded, `${file}: the fixture changed since it was recorded; run npm run cli -- golden --update`).toEqual(fixture.value);
    }
  });
  for (const game of GOLDEN_GAMES) {
    const file = goldenName(game);
    it(`${file} replays turn by turn`, () => {
      const replay = parseReplayText(readFileSync(join(DIR, file), "utf8"));
      if (!replay.ok) throw new Error(`${file}: ${replay.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
      const scenario = replay.value.scenario.embedded;
      if (!scenario) throw new Error(`${file} has no embedded scenario`);
      const result = verifyReplay(replay.value, scenario);
      const summary = result.kind === "verified" ? "verified"
        : result.kind === "diverged" ? `diverged at ${result.turn < 0 ? "the start of the game" : `turn ${result.turn}`}: ${result.differences.slice(0, 6).map((d) => `${d.quantity} ${d.recorded} → ${d.actual}`).join(", ") || "hash only"} (rules changed? if intended: npm run cli -- golden --update)`
          : result.kind === "illegal-action" ? `action ${result.index} illegal at turn ${result.turn}: ${result.message}`
            : result.kind === "misstated" ? `misstated: ${result.fields.slice(0, 6).map((f) => `${f.path} ${f.recorded} → ${f.actual}`).join(", ")}` : result.message;
      expect(summary).toBe("verified");
    });
  }
});
