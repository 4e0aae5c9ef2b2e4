// The automated exploit search: a seeded stochastic search over the parametric strategy family (random
// restarts with hill climbing). It looks for a strategy that beats the designed bots; where it finds one,
// the finding becomes a rule fix or a better designed bot. Evaluation is a callback, so the CLI can spread
// it over processes; the proposals depend only on the search seed and the scores, so a run is reproducible.
import { Stream } from "../rng";
import { PARAM_BOUNDS, PARAM_KEYS, type StrategyParams } from "./parametric";

export interface SearchOptions {
  seed: string;
  /** Strategies to evaluate in all. */
  budget: number;
  restarts: number;
  /** Strategies proposed (and evaluated together) per hill-climbing step. */
  batch: number;
  /** Starting points besides random ones (the designed bots): restarts begin with these. */
  starts?: StrategyParams[];
  /** Mean score of each strategy over the search seeds. */
  evaluate(batch: StrategyParams[]): Promise<number[]>;
  onProgress?(done: number, best: number): void;
}

export interface SearchResult { best: StrategyParams; bestScore: number; evaluated: number }

function randomParams(rng: Stream): StrategyParams {
  const p = {} as StrategyParams;
  for (const key of PARAM_KEYS) {
    const [lo, hi] = PARAM_BOUNDS[key];
    p[key] = rng.between(lo, hi);
  }
  return p;
}

/** Changes one to three parameters: a step of up to a quarter of the range, or a fresh draw one time in five. */
export function mutate(p: StrategyParams, rng: Stream): StrategyParams {
  const next = { ...p };
  const changes = 1 + rng.int(3);
  for (let k = 0; k < changes; k++) {
    const key = PARAM_KEYS[rng.int(PARAM_KEYS.length)];
    if (!key) continue;
    const [lo, hi] = PARAM_BOUNDS[key];
    const span = hi - lo;
    if (rng.int(5) === 0) { next[key] = rng.between(lo, hi); continue; }
    const step = Math.max(1, Math.floor(span / 4));
    next[key] = Math.min(hi, Math.max(lo, next[key] + rng.between(-step, step)));
  }
  return next;
}

export async function searchStrategies(o: SearchOptions): Promise<SearchResult> {
  const rng = new Stream(`${o.seed}|search`);
  const perRestart = Math.max(o.batch, Math.floor(o.budget / o.restarts));
  let evaluated = 0;
  let best: SearchResult = { best: o.starts?.[0] ?? randomParams(rng), bestScore: -Infinity, evaluated: 0 };
  for (let r = 0; r < o.restarts && evaluated < o.budget; r++) {
    let current = o.starts?.[r] ?? randomParams(rng);
    let [currentScore] = await o.evaluate([current]);
    evaluated += 1;
    let used = 1;
    while (used < perRestart && evaluated < o.budget) {
      const size = Math.min(o.batch, o.budget - evaluated);
      const candidates = Array.from({ length: size }, () => mutate(current, rng));
      const scores = await o.evaluate(candidates);
      evaluated += size;
      used += size;
      scores.forEach((score, i) => {
        const candidate = candidates[i];
        if (candidate && score > (currentScore ?? -Infinity)) { current = candidate; currentScore = score; }
      });
      if ((currentScore ?? -Infinity) > best.bestScore) best = { best: current, bestScore: currentScore ?? -Infinity, evaluated };
      o.onProgress?.(evaluated, best.bestScore);
    }
    if ((currentScore ?? -Infinity) > best.bestScore) best = { best: current, bestScore: currentScore ?? -Infinity, evaluated };
  }
  return { ...best, evaluated };
}
