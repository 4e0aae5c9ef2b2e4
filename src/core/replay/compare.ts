// Comparing replays of the same scenario and seed: final scores and tracks side by side, deals per
// country, and the first turn where the games part ways.
import { canonicalJson } from "../hash";
import type { Checked } from "../problems";
import type { Outcome, Tracks } from "../state";
import type { DealSummary, Replay } from "./format";

export interface ComparedReplay {
  id: string;
  player: string;
  policy: Replay["policy"];
  parent: Replay["parent"] | null;
  turns: number;
  outcome: Outcome | null;
  tracks: Tracks;
  deals: Record<string, DealSummary>;
}

export interface Comparison {
  scenarioId: string;
  seed: string;
  replays: ComparedReplay[];
  countries: string[];
  /** The first turn whose state hash is not the same in every replay: -1 if they differ from the start (another regime), null if none. */
  firstDivergentTurn: number | null;
  /** Index of the first action that is not the same in every replay, or null. */
  firstDivergentAction: number | null;
}

export function compareReplays(replays: readonly Replay[]): Checked<Comparison> {
  const first = replays[0];
  if (!first) return { ok: false, problems: [{ path: "(arguments)", message: "no replay to compare" }] };
  const problems = replays.slice(1).flatMap((r, i) => {
    const out = [];
    if (r.scenario.hash !== first.scenario.hash) out.push({ path: `replays[${i + 1}].scenario`, message: `played on scenario "${r.scenario.id}" (hash ${r.scenario.hash}), not "${first.scenario.id}" (hash ${first.scenario.hash})` });
    if (r.seed !== first.seed) out.push({ path: `replays[${i + 1}].seed`, message: `seed "${r.seed}", not "${first.seed}"` });
    return out;
  });
  if (problems.length > 0) return { ok: false, problems };

  let firstDivergentTurn: number | null = null;
  if (replays.some((r) => r.startHash !== first.startHash)) firstDivergentTurn = -1;
  else {
    const longest = Math.max(...replays.map((r) => r.turns.length));
    for (let t = 0; t < longest && firstDivergentTurn === null; t++) {
      const hashes = new Set(replays.map((r) => r.turns[t]?.hash ?? "(ended)"));
      if (hashes.size > 1) firstDivergentTurn = t;
    }
    // Same hashes but different stated results: one file misstates its game (verifyReplay says which).
    if (firstDivergentTurn === null && new Set(replays.map((r) => `${r.final.hash} ${canonicalJson(r.final)}`)).size > 1) firstDivergentTurn = longest;
  }
  let firstDivergentAction: number | null = null;
  const most = Math.max(...replays.map((r) => r.actions.length));
  for (let i = 0; i < most && firstDivergentAction === null; i++) {
    const actions = new Set(replays.map((r) => (i < r.actions.length ? JSON.stringify(r.actions[i]) : "(none)")));
    if (actions.size > 1) firstDivergentAction = i;
  }
  const countries = [...new Set(replays.flatMap((r) => Object.keys(r.turns[0]?.countries ?? r.final.deals)))].sort();
  return {
    ok: true,
    value: {
      scenarioId: first.scenario.id,
      seed: first.seed,
      countries,
      firstDivergentTurn,
      firstDivergentAction,
      replays: replays.map((r) => ({
        id: r.id, player: r.player, policy: r.policy, parent: r.parent ?? null, turns: r.turns.length,
        outcome: r.final.outcome, tracks: r.final.tracks, deals: r.final.deals,
      })),
    },
  };
}
