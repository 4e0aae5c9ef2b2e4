// One classroom worker for the page, started on first use.
import * as Comlink from "comlink";
import type { WorkerApi } from "./worker";

const remotes: Comlink.Remote<WorkerApi>[] = [];

function start(index: number): Comlink.Remote<WorkerApi> {
  remotes[index] ??= Comlink.wrap<WorkerApi>(new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: `classroom-${index}` }));
  return remotes[index];
}

export function classroomWorker(): Comlink.Remote<WorkerApi> {
  return start(0);
}

/** Up to two workers (this game's heaviest job, a class, splits in two: most machines have two cores or more). */
export function classroomWorkers(): Comlink.Remote<WorkerApi>[] {
  const count = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));
  return Array.from({ length: count }, (_, i) => start(i));
}

export { Comlink };
