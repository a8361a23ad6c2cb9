// Agreement between two coders of one session, as issue 19 defines it: Cohen's κ over the units' labels, and
// a matching of point onsets within a tolerance.
import { type CodedEvent, isState, pointsInOrder } from "./events.js";
import { midpointOf, type Units, unitAt } from "./units.js";

/** What a unit holds for one coder: its codes, sorted and joined with "+", or "none". */
export type UnitLabel = string;
export const NONE = "none";

export interface Confusion {
  /** Every label either coder gave, sorted ("none" last). Rows are coder A's, columns coder B's. */
  labels: UnitLabel[];
  counts: number[][];
}

export interface PointAgreement {
  tolerance: number;
  agreements: number;
  onlyA: number;
  onlyB: number;
}

export interface Agreement {
  /** Cohen's κ; null when chance agreement is already certain (both coders gave one and the same label throughout). */
  kappa: number | null;
  units: number;
  confusion: Confusion;
  points: PointAgreement;
}

/**
 * Each unit's label for a coder: the codes whose point onset falls in the unit, or whose state covers its
 * midpoint (a state runs from its start, inclusive, to its end, exclusive).
 */
export function unitLabels(units: Units, events: readonly CodedEvent[]): UnitLabel[] {
  const codes = Array.from({ length: units.count }, () => new Set<string>());
  for (const event of events) {
    if (!isState(event)) {
      codes[unitAt(units, event.at)]?.add(event.code);
      continue;
    }
    for (let k = unitAt(units, event.at); k < units.count; k++) {
      const middle = midpointOf(units, k);
      if (middle >= (event.end as number)) break;
      if (middle >= event.at) codes[k]?.add(event.code);
    }
  }
  return codes.map((set) => (set.size === 0 ? NONE : [...set].sort().join("+")));
}

export function cohensKappa(
  a: readonly UnitLabel[],
  b: readonly UnitLabel[],
): { kappa: number | null; confusion: Confusion } {
  const labels = [...new Set([...a, ...b])].sort((x, y) =>
    x === NONE ? 1 : y === NONE ? -1 : x.localeCompare(y),
  );
  const index = new Map(labels.map((label, i) => [label, i]));
  const counts = labels.map(() => labels.map(() => 0));
  a.forEach((label, k) => {
    const row = counts[index.get(label) as number] as number[];
    const column = index.get(b[k] as string) as number;
    row[column] = (row[column] ?? 0) + 1;
  });
  const n = a.length;
  const observed = labels.reduce((sum, _, i) => sum + (counts[i]?.[i] ?? 0), 0) / n;
  const chance = labels.reduce((sum, _, i) => {
    const row = (counts[i] as number[]).reduce((s, x) => s + x, 0);
    const column = counts.reduce((s, r) => s + (r[i] as number), 0);
    return sum + (row / n) * (column / n);
  }, 0);
  return { kappa: chance >= 1 ? null : (observed - chance) / (1 - chance), confusion: { labels, counts } };
}

/**
 * Point onsets of the same code matched within ±tolerance, greedily in time: each of A's onsets, earliest first,
 * takes the earliest of B's unmatched onsets of that code within reach. (B's onsets a cursor has passed are
 * either out of reach of every later onset of A, or already taken, so one cursor per code is enough.)
 */
export function pointAgreement(
  a: readonly CodedEvent[],
  b: readonly CodedEvent[],
  tolerance: number,
): PointAgreement {
  const pointsA = pointsInOrder(a);
  const pointsB = pointsInOrder(b);
  const byCode = new Map<string, { times: number[]; cursor: number }>();
  for (const event of pointsB) {
    const entry = byCode.get(event.code) ?? { times: [], cursor: 0 };
    entry.times.push(event.at);
    byCode.set(event.code, entry);
  }
  let agreements = 0;
  for (const event of pointsA) {
    const candidates = byCode.get(event.code);
    if (!candidates) continue;
    const { times } = candidates;
    while (candidates.cursor < times.length && (times[candidates.cursor] as number) < event.at - tolerance)
      candidates.cursor++;
    if (candidates.cursor < times.length && (times[candidates.cursor] as number) <= event.at + tolerance) {
      candidates.cursor++;
      agreements++;
    }
  }
  return { tolerance, agreements, onlyA: pointsA.length - agreements, onlyB: pointsB.length - agreements };
}

export function agreementOf(
  units: Units,
  a: readonly CodedEvent[],
  b: readonly CodedEvent[],
  tolerance: number,
): Agreement {
  const { kappa, confusion } = cohensKappa(unitLabels(units, a), unitLabels(units, b));
  return { kappa, units: units.count, confusion, points: pointAgreement(a, b, tolerance) };
}
