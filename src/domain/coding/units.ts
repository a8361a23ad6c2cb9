// The session cut into units of u seconds: unit k covers [k·u, (k+1)·u). Time-window sequential analysis
// and the two coders' agreement both count units.

/**
 * Times are decimals, and 0.3 / 0.1 is 2.9999999999999996 in floating point: a time that sits on a unit's
 * boundary must land in the unit that starts there, so ratios are nudged by far less than any coder's precision.
 */
const NUDGE = 1e-9;

export interface Units {
  /** Seconds per unit. */
  size: number;
  /** How many units the session has: the last may be cut short by the session's end. */
  count: number;
}

export function unitsOf(duration: number, size: number): Units {
  return { size, count: Math.max(1, Math.ceil(duration / size - NUDGE)) };
}

/** The unit a moment falls in; the session's very end belongs to its last unit. */
export function unitAt(units: Units, time: number): number {
  return Math.min(units.count - 1, Math.max(0, Math.floor(time / units.size + NUDGE)));
}

/** The units that overlap [from, to): the first whose end is past `from` to the last that starts before `to`. */
export function unitsOverlapping(units: Units, from: number, to: number): [first: number, last: number] {
  const first = Math.max(0, Math.floor(from / units.size + NUDGE));
  const last = Math.min(units.count - 1, Math.ceil(to / units.size - NUDGE) - 1);
  return [first, last];
}

/** The middle of unit k, where a state is looked for when a unit is labelled. */
export const midpointOf = (units: Units, k: number): number => (k + 0.5) * units.size;
