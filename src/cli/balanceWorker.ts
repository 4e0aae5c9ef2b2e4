// A child process of `balance`: plays the games it is sent and answers with their results. Started by
// balancePool.ts through fork(); it reads nothing from disk (the scenario comes with its first task).
import type { Scenario } from "../core/index";
import { runTask, type Request, type Response } from "./balanceTasks";

let scenario: Scenario | undefined;

process.on("message", (message: Request) => {
  if (message.scenario) scenario = message.scenario;
  let response: Response;
  try {
    if (!scenario) throw new Error("no scenario received");
    response = { id: message.id, results: runTask(scenario, message.task) };
  } catch (error) {
    response = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  process.send?.(response);
});
