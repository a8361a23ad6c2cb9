import { durationTypes, type EntryType, MAX_DURATION_MS } from "./vocabulary.js";

/** A small grace for clocks that disagree by a little (a phone a minute ahead of the server). */
export const CLOCK_SKEW_MS = 2 * 60 * 1000;

export interface Timing {
  type: EntryType;
  startedAt: number;
  endedAt: number | null;
}

/** What is wrong with an entry's times, in words a person can act on; empty when nothing is. */
export function timingProblems({ type, startedAt, endedAt }: Timing, now: number): string[] {
  const problems: string[] = [];
  if (startedAt > now + CLOCK_SKEW_MS)
    problems.push("startedAt is in the future; an entry records what has happened");
  if (endedAt !== null) {
    if (!durationTypes.has(type)) problems.push(`a ${type} entry is a moment in time and takes no endedAt`);
    // An end equal to the start is care whose length was not recorded (a bottle another tracker logged at a
    // moment): finished, never a running timer.
    if (endedAt < startedAt) problems.push("endedAt must not be before startedAt");
    else if (endedAt - startedAt >= MAX_DURATION_MS) problems.push("an entry must last less than 24 hours");
    if (endedAt > now + CLOCK_SKEW_MS) problems.push("endedAt is in the future");
  }
  return problems;
}

/**
 * Whether two entries of the same type overlap in time. A running entry (no end) reaches to `now`.
 * Overlaps are allowed — twins can feed at once — but the caregiver is asked to confirm.
 */
export function overlaps(a: Timing, b: Timing, now: number): boolean {
  if (a.type !== b.type) return false;
  const aEnd = a.endedAt ?? (durationTypes.has(a.type) ? now : a.startedAt);
  const bEnd = b.endedAt ?? (durationTypes.has(b.type) ? now : b.startedAt);
  if (aEnd === a.startedAt || bEnd === b.startedAt) return a.startedAt === b.startedAt;
  return a.startedAt < bEnd && b.startedAt < aEnd;
}
