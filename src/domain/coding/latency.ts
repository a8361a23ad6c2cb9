// How quickly, and how often, one code follows another, exactly as issue 19 defines them.

export interface Latency {
  /** How many onsets of the given code there were. */
  givenCount: number;
  /** How many of them the target followed before the given code came again. */
  followed: number;
  /** Seconds from each followed onset to the target's first onset after it. */
  values: number[];
  median: number | null;
  mean: number | null;
}

/**
 * Response latency: for each onset t of the given code, the time to the target's first onset at or after t and
 * before the given code's next onset. Both lists are onset times in order.
 */
export function responseLatency(given: readonly number[], target: readonly number[]): Latency {
  const values: number[] = [];
  let j = 0;
  given.forEach((t, i) => {
    const next = given[i + 1] ?? Number.POSITIVE_INFINITY;
    while (j < target.length && (target[j] as number) < t) j++;
    const response = target[j];
    if (response !== undefined && response < next) values.push(response - t);
  });
  return {
    givenCount: given.length,
    followed: values.length,
    values,
    median: median(values),
    mean: mean(values),
  };
}

/** Contingency within a window: the share of the given onsets followed by a target onset within [t, t + w]. */
export function contingency(
  given: readonly number[],
  target: readonly number[],
  window: number,
): number | null {
  if (given.length === 0) return null;
  let j = 0;
  let followed = 0;
  for (const t of given) {
    while (j < target.length && (target[j] as number) < t) j++;
    const response = target[j];
    if (response !== undefined && response <= t + window) followed++;
  }
  return followed / given.length;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
