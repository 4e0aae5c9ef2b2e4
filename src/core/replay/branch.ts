// What-if branches: keep a replay's first k turns and play on with a bot. The new replay records its
// parent and the turn it branched at.
import { playOn } from "../bots/run";
import type { Bot } from "../bots/strategy";
import type { Scenario } from "../scenario/schema";
import { buildReplay, type BuiltReplay } from "./build";
import type { Replay } from "./format";
import { actionsBefore, buildTimeline, stateAtTurn, turnsOf } from "./timeline";

export interface BranchInput {
  parent: Replay;
  scenario: Scenario;
  turn: number;
  bot: Bot;
  gameVersion: string;
  embedScenario?: boolean;
}

export type Branched = BuiltReplay | { ok: false; index: -1; turn: number; code: "branch/turn-out-of-range"; message: string };

export function branchReplay(input: BranchInput): Branched {
  const { parent, scenario } = input;
  const built = buildTimeline(scenario, parent.seed, parent.policy, parent.actions);
  if (!built.ok) return built;
  const turns = turnsOf(built.timeline);
  const k = input.turn;
  if (!Number.isInteger(k) || k < 0 || k > turns) {
    return { ok: false, index: -1, turn: k, code: "branch/turn-out-of-range", message: `turn ${k} is outside the replay (0 to ${turns})` };
  }
  const start = stateAtTurn(built.timeline, k);
  if (start.status === "over") {
    return { ok: false, index: -1, turn: k, code: "branch/turn-out-of-range", message: `the game is already over at turn ${k}: branch at an earlier turn` };
  }
  const kept = actionsBefore(built.timeline, k);
  const played = playOn(start, input.bot);
  return buildReplay({
    scenario,
    seed: parent.seed,
    policy: parent.policy,
    actions: [...kept, ...played.actions],
    gameVersion: input.gameVersion,
    player: `bot:${input.bot.name}`,
    embedScenario: input.embedScenario ?? parent.scenario.embedded !== undefined,
    parent: { id: parent.id, finalHash: parent.final.hash, branchTurn: k },
  });
}
