// What the balance command asks of a worker: a bot (or a searched strategy) over a list of seeds.
import { playResult, searchedBot, BOTS, RESTRICTED_BOTS, type GameResult, type Policy, type Scenario, type StrategyParams } from "../core/index";

export type Task =
  | { kind: "bot"; bot: string; policy: Policy; seeds: string[] }
  | { kind: "params"; params: StrategyParams; seeds: string[] };

export type Request = { id: number; scenario?: Scenario; task: Task };
export type Response = { id: number; results: GameResult[] } | { id: number; error: string };

export function runTask(scenario: Scenario, task: Task): GameResult[] {
  const bot = task.kind === "bot" ? BOTS[task.bot] ?? RESTRICTED_BOTS[task.bot] : searchedBot(task.params);
  if (!bot) throw new Error(`unknown bot ${task.kind === "bot" ? task.bot : ""}`);
  const policy = task.kind === "bot" ? task.policy : "bilateral";
  return task.seeds.map((seed) => playResult(scenario, seed, bot, { policy }));
}
