// The classroom's Web Worker: game reviews (tens of bot games) and a class's replays (verified one by one)
// run here, so the page stays responsive and can show progress. Comlink turns the message passing into
// typed async calls with a progress callback (a proxied function), in about 1 KB: less code, and fewer
// ways to get it wrong, than a hand-written message protocol.
import * as Comlink from "comlink";
import type { Action, Policy, Scenario } from "../../core";
import { reviewMonths, transposeActions, type ReviewMonthsResult } from "../../core/classroom";
import { analyseClass, type ClassData, type ClassFile } from "./class/analysis";

export interface ReviewRequest {
  scenario: Scenario;
  seed: string;
  policy: Policy;
  actions: Action[];
}

const api = {
  /** The bots' evaluation of `turns` (this worker's share of the months); the page joins the shares. */
  reviewMonths(request: ReviewRequest, turns: number[], progress: (done: number, total: number) => void): ReviewMonthsResult {
    return reviewMonths({ ...request, turns, onProgress: progress });
  },
  /** Nothing: answers once the worker has loaded its code, so the first real task does not wait for it. */
  ready(): boolean {
    return true;
  },
  analyseClass(files: ClassFile[], bundled: unknown[]): ClassData {
    return analyseClass(files, bundled, () => performance.now());
  },
  transpose(request: ReviewRequest, policy: Policy) {
    return transposeActions(request.scenario, request.seed, policy, request.actions);
  },
};

export type WorkerApi = typeof api;

Comlink.expose(api);
