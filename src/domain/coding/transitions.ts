// Lag-1 transitions between point events: which behaviour came next, counted over the session in time order.
import { type CodedEvent, pointsInOrder } from "./events.js";

export interface Transitions {
  /** The codes, in the order they first occur. */
  codes: string[];
  /** counts[i][j]: how often codes[j] came right after codes[i]. */
  counts: number[][];
  /** Each row of counts as shares of its total (a row with no transitions stays at zero). */
  probabilities: number[][];
}

export function transitionsOf(events: readonly CodedEvent[]): Transitions {
  const points = pointsInOrder(events);
  const codes = [...new Set(points.map((e) => e.code))];
  const index = new Map(codes.map((code, i) => [code, i]));
  const counts = codes.map(() => codes.map(() => 0));
  for (let i = 1; i < points.length; i++) {
    const from = index.get((points[i - 1] as CodedEvent).code) as number;
    const to = index.get((points[i] as CodedEvent).code) as number;
    const row = counts[from] as number[];
    row[to] = (row[to] ?? 0) + 1;
  }
  const probabilities = counts.map((row) => {
    const total = row.reduce((sum, n) => sum + n, 0);
    return row.map((n) => (total === 0 ? 0 : n / total));
  });
  return { codes, counts, probabilities };
}
