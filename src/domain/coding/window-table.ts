// Time-window sequential analysis (Bakeman & Quera, "Sequential Analysis and Observational Methods for the
// Behavioral Sciences", 2011, ch. 9-11): is the target more likely in the units just after the given code than
// elsewhere in the session? The 2×2 table is counted over units, as issue 19 defines it.
import { type Units, unitAt, unitsOverlapping } from "./units.js";

export interface TwoByTwo {
  /** Units in a window with a target onset. */
  a: number;
  /** Units in a window without one. */
  b: number;
  /** Units outside every window with a target onset. */
  c: number;
  /** Units outside every window without one. */
  d: number;
}

export interface WindowAssociation {
  table: TwoByTwo;
  /** Yule's Q = (ad − bc)/(ad + bc), in [−1, 1]; null when ad + bc = 0. */
  yulesQ: number | null;
  /** ad/bc; null when bc = 0. */
  oddsRatio: number | null;
  /** Haberman's adjusted residual of cell a; null when its variance is 0. */
  adjustedResidual: number | null;
}

/**
 * A unit is "in window" if it overlaps [t, t + w) for any onset t of the given code, and "target" if an onset
 * of the target falls inside it.
 */
export function windowTable(
  units: Units,
  given: readonly number[],
  target: readonly number[],
  window: number,
): TwoByTwo {
  const inWindow = new Uint8Array(units.count);
  for (const t of given) {
    const [first, last] = unitsOverlapping(units, t, t + window);
    inWindow.fill(1, first, last + 1);
  }
  const isTarget = new Uint8Array(units.count);
  for (const t of target) isTarget[unitAt(units, t)] = 1;
  const table = { a: 0, b: 0, c: 0, d: 0 };
  for (let k = 0; k < units.count; k++) {
    if (inWindow[k]) isTarget[k] ? table.a++ : table.b++;
    else isTarget[k] ? table.c++ : table.d++;
  }
  return table;
}

export function associationOf(table: TwoByTwo): WindowAssociation {
  const { a, b, c, d } = table;
  const ad = a * d;
  const bc = b * c;
  return {
    table,
    yulesQ: ad + bc === 0 ? null : (ad - bc) / (ad + bc),
    oddsRatio: bc === 0 ? null : ad / bc,
    adjustedResidual: adjustedResidual(table),
  };
}

/** (a − E)/√(E·(1 − row/N)·(1 − column/N)), with E = row·column/N, the expected count of cell a. */
function adjustedResidual({ a, b, c, d }: TwoByTwo): number | null {
  const n = a + b + c + d;
  if (n === 0) return null;
  const row = a + b;
  const column = a + c;
  const expected = (row * column) / n;
  const variance = expected * (1 - row / n) * (1 - column / n);
  return variance > 0 ? (a - expected) / Math.sqrt(variance) : null;
}
