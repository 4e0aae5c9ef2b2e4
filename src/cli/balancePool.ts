// Spreads balance games over child processes (the machine's cores), or plays them in this process when
// asked for one worker (the tests). Results come back in the order of the tasks.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { GameResult, Scenario } from "../core/index";
import { runTask, type Request, type Response, type Task } from "./balanceTasks";

export interface Pool {
  run(tasks: Task[]): Promise<GameResult[][]>;
  close(): void;
}

function inProcess(scenario: Scenario): Pool {
  return {
    run(tasks) {
      try {
        return Promise.resolve(tasks.map((task) => runTask(scenario, task)));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close() {},
  };
}

export function openPool(scenario: Scenario, workers: number): Pool {
  if (workers <= 1) return inProcess(scenario);
  const script = fileURLToPath(new URL("./balanceWorker.ts", import.meta.url));
  const children: ChildProcess[] = Array.from({ length: workers }, () => fork(script, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }));
  const primed = new Set<ChildProcess>();
  let nextId = 0;
  return {
    run(tasks) {
      return new Promise((resolve, reject) => {
        const results: GameResult[][] = new Array<GameResult[]>(tasks.length);
        let next = 0;
        let done = 0;
        if (tasks.length === 0) { resolve(results); return; }
        const feed = (child: ChildProcess) => {
          if (next >= tasks.length) return;
          const index = next++;
          const id = nextId++;
          const task = tasks[index] as Task;
          const onMessage = (response: Response) => {
            if (response.id !== id) return;
            child.off("message", onMessage);
            if ("error" in response) { reject(new Error(response.error)); return; }
            results[index] = response.results;
            done += 1;
            if (done === tasks.length) resolve(results);
            else feed(child);
          };
          child.on("message", onMessage);
          const request: Request = primed.has(child) ? { id, task } : { id, scenario, task };
          primed.add(child);
          child.send(request);
        };
        for (const child of children) feed(child);
      });
    },
    close() {
      for (const child of children) child.kill();
    },
  };
}
