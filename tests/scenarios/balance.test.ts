// A game worth playing (issue 8), on fewer seeds than `npm run cli -- balance` (200): the shape of all six
// criteria, as tests that fail when the balance breaks (balance-bots.test.ts shows the judge failing on
// results that break each one). Restricted play (Jaffe et al. 2012) is a set of bots of its own
// (src/core/bots/restricted.ts); a small exploit search stands in for the full one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  HAWK, DESIGNED_BOTS, judgeBalance, marginInSd, mean, searchedBot, parseScenarioText, playResult, RESTRICTED_BOTS, BOTS,
  searchStrategies, type Bot, type Criterion, type GameResult,
} from "../../src/core/index";

const checked = parseScenarioText(readFileSync(join(import.meta.dirname, "../../scenarios/may-2025.json"), "utf8"));
if (!checked.ok) throw new Error("may-2025 does not validate");
const scenario = checked.value;
const SEEDS = Array.from({ length: 20 }, (_, i) => `balance-${i + 1}`);

const play = (bot: Bot, policy: "bilateral" | "tiered" = "bilateral", seeds = SEEDS): GameResult[] => seeds.map((seed) => playResult(scenario, seed, bot, { policy }));

describe("balance of may-2025 (bilateral), 20 seeds", () => {
  const bilateral: Record<string, GameResult[]> = {};
  for (const name of ["idle", "random", ...DESIGNED_BOTS]) bilateral[name] = play(BOTS[name]!);
  for (const [name, bot] of Object.entries(RESTRICTED_BOTS)) bilateral[name] = play(bot);
  const tiered = play(BOTS.balanced!, "tiered");
  const judged = judgeBalance({ bilateral, tiered, designed: DESIGNED_BOTS, restricted: Object.keys(RESTRICTED_BOTS) });
  const criterion = (id: number): Criterion => judged.criteria.find((c) => c.id === id)!;

  it("criterion 1: the best designed bot beats random legal play by at least 2 pooled SD", () => {
    expect(criterion(1).pass, criterion(1).lines.join("\n")).toBe(true);
  });

  // Paired by seed, as the command does over 200: each designed bot beats idle on 19 of these 20 seeds.
  for (const bot of DESIGNED_BOTS) {
    it(`criterion 2: idle scores below ${bot} on at least 95 % of paired seeds`, () => {
      const idle = bilateral.idle!.map((r) => r.score);
      const theirs = bilateral[bot]!.map((r) => r.score);
      const below = idle.filter((x, i) => x < theirs[i]!).length;
      expect(below, `idle below ${bot} on ${below} of ${idle.length} seeds`).toBeGreaterThanOrEqual(19);
    });
  }

  it("criterion 3: every restricted strategy scores below the best designed bot", () => {
    expect(criterion(3).pass, criterion(3).lines.join("\n")).toBe(true);
  });

  // Every part: hawk least leakage and revenue, dealmaker most and kept in office, tiered between on both.
  for (const [k, text] of ["hawk has the least", "dealmaker has the most", "dealmaker dismissed", "tiered regime's leakage", "tiered regime's revenue"].entries()) {
    it(`criterion 5 (${k + 1}/5): ${text}`, () => {
      const part = (criterion(5).parts ?? []).find((p) => p.text.includes(text));
      expect(part, criterion(5).lines.join("\n")).toBeDefined();
      expect(part!.ok, criterion(5).lines.join("\n")).toBe(true);
    });
  }

  it("criterion 6: nothing is credited that was not possible", () => {
    expect(criterion(6).pass, criterion(6).lines.join("\n")).toBe(true);
  });

  it("criterion 4: a small exploit search finds nothing better than the best designed bot by more than 1 pooled SD", async () => {
    const searchSeeds = ["search-1", "search-2", "search-3", "search-4"];
    const found = await searchStrategies({
      seed: "test", budget: 24, restarts: 2, batch: 4, starts: [HAWK],
      evaluate: (batch) => Promise.resolve(batch.map((params) => mean(play(searchedBot(params), "bilateral", searchSeeds).map((r) => r.score)))),
    });
    expect(found.evaluated).toBe(24);
    const best = play(searchedBot(found.best)).map((r) => r.score);
    const designed = (bilateral[judged.best] ?? []).map((r) => r.score);
    expect(marginInSd(best, designed)).toBeLessThanOrEqual(1);
  });
});
