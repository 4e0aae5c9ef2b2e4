// A class of replays for the classroom's tests and benchmark: different strategies on one seed — the
// designed bots, random play, and what-if branches of them taken over by another bot at different months —
// each labelled with a student's name stored in the replay (or left for the file name to label).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BOTS, branchReplay, buildReplay, playGame, validateScenario, type Replay, type Scenario } from "../../src/core";

export function loadScenario(root: string, id = "may-2025"): Scenario {
  const checked = validateScenario(JSON.parse(readFileSync(join(root, "scenarios", `${id}.json`), "utf8")));
  if (!checked.ok) throw new Error(`scenario ${id} is invalid`);
  return checked.value;
}

const NAMES = ["Alice", "Bilal", "Chloé", "Dmitri", "Esther", "Farid", "Gwen", "Hugo", "Inès", "Jonas", "Kenji", "Léa", "Malik", "Nora", "Omar",
  "Paula", "Quentin", "Rosa", "Samir", "Tess", "Ugo", "Vera", "Wen", "Xavier", "Yasmine", "Zoé", "Anton", "Bea", "Cyril", "Dora"];

/** `count` replays on one scenario and seed; every third one carries no name (its file name labels it). */
export function makeClass(scenario: Scenario, seed: string, count: number): { name: string; replay: Replay }[] {
  const bases = ["balanced", "hawk", "dealmaker", "random", "idle"];
  const games = new Map<string, Replay>();
  for (const bot of bases) {
    const played = playGame(scenario, seed, BOTS[bot]!);
    const built = buildReplay({ scenario, seed, actions: played.actions, gameVersion: "test", player: "human" });
    if (!built.ok) throw new Error(built.message);
    games.set(bot, built.replay);
  }
  const out: { name: string; replay: Replay }[] = [];
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!;
    const parent = games.get(base)!;
    let replay = parent;
    if (i >= bases.length) {
      const other = bases[(i * 3 + 1) % 4]!;
      const turn = Math.min(1 + ((i * 7) % 18), Math.max(0, parent.turns.length - 1));
      const branched = branchReplay({ parent, scenario, turn, bot: BOTS[other]!, gameVersion: "test" });
      if (!branched.ok) throw new Error(branched.message);
      replay = branched.replay;
    }
    const named = i % 3 !== 2;
    const player = named ? `human:${NAMES[i % NAMES.length]}` : "human";
    const relabelled = buildReplay({ scenario, seed, actions: replay.actions, gameVersion: "test", player, ...(replay.parent ? { parent: replay.parent } : {}) });
    if (!relabelled.ok) throw new Error(relabelled.message);
    out.push({ name: `submission-${String(i + 1).padStart(2, "0")}.json`, replay: relabelled.replay });
  }
  return out;
}
