// A class's score distribution: median, quartiles and Tukey's outliers (beyond 1.5 interquartile ranges).
export interface Distribution {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (position - low);
}

export function distributionOf(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

/** Indices of the values outside Tukey's fences. */
export function outliersOf(values: readonly number[], d: Distribution = distributionOf(values)): number[] {
  const iqr = d.q3 - d.q1;
  const low = d.q1 - 1.5 * iqr;
  const high = d.q3 + 1.5 * iqr;
  return values.flatMap((v, i) => (v < low || v > high ? [i] : []));
}
