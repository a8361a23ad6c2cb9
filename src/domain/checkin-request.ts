import { addCalendarDays } from "./time.js";

/**
 * Check-in requests (measurement-based care): a clinician asks one caregiver to complete a screening once, or
 * every N weeks until a date or for K times. Everything here works on local calendar dates (YYYY-MM-DD) in
 * the family's time zone, so "due on Monday" means the family's Monday.
 *
 * Each due date has a window in which a check-in counts for it: it opens a few days early (a check-in done on
 * Saturday for a Monday request is not asked for again) and stays open until the next one opens, so windows
 * tile and one check-in never counts twice. A one-off request stays open four weeks. A window that closes
 * without a check-in is simply passed: there is no "missed" and nothing piles up for a tired parent.
 */
export const MIN_EVERY_WEEKS = 1;
export const MAX_EVERY_WEEKS = 12;
export const MAX_TIMES = 52;
/** How far ahead a request may start. */
export const MAX_START_DAYS = 365;
/** A check-in this many days before its due date still counts for it. */
export const EARLY_DAYS = 3;
/** How long a one-off request stays open after its due date opens. */
export const ONCE_OPEN_DAYS = 28;

export interface CheckInSchedule {
  /** The first due date. */
  startsOn: string;
  /** Null: once. */
  everyWeeks: number | null;
  /** The last date a check-in may fall due on (inclusive), for a schedule that ends by date. */
  until: string | null;
  /** How many check-ins in all, for a schedule that ends by count. */
  times: number | null;
}

export interface Occurrence {
  dueOn: string;
  /** First day a check-in counts for this due date. */
  opensOn: string;
  /** First day it no longer does (exclusive). */
  closesOn: string;
}

/** Every due date of a schedule with its window, in order. Bounded by MAX_TIMES whatever the input. */
export function occurrences(s: CheckInSchedule): Occurrence[] {
  const stepDays = s.everyWeeks === null ? ONCE_OPEN_DAYS : s.everyWeeks * 7;
  const count = s.everyWeeks === null ? 1 : Math.min(s.times ?? MAX_TIMES, MAX_TIMES);
  const out: Occurrence[] = [];
  for (let i = 0; i < count; i++) {
    const dueOn = addCalendarDays(s.startsOn, i * stepDays);
    if (s.everyWeeks !== null && s.until !== null && dueOn > s.until) break;
    const opensOn = addCalendarDays(dueOn, -EARLY_DAYS);
    out.push({ dueOn, opensOn, closesOn: addCalendarDays(opensOn, stepDays) });
  }
  return out;
}

export type CheckInState =
  /** A window is open and this caregiver has not checked in within it. */
  | "due"
  /** A window is open and they have. */
  | "done"
  /** Nothing open now; a due date is ahead. */
  | "upcoming"
  /** Every window has closed. */
  | "finished";

export interface CheckInStatus {
  state: CheckInState;
  /** The latest due date whose window has opened by today, or null before the first opens. */
  latest: Occurrence | null;
  /** Whether a check-in fell in that window. */
  latestDone: boolean;
  /** The next due date whose window opens after today, or null when there is none. */
  nextDueOn: string | null;
}

/**
 * Where a request stands on `today`, given the local dates this caregiver completed the instrument on.
 * Pure: the server passes the family's today and the completions it may count.
 */
export function checkInStatus(
  s: CheckInSchedule,
  completedOn: readonly string[],
  today: string,
): CheckInStatus {
  const all = occurrences(s);
  const opened = all.filter((o) => o.opensOn <= today);
  const latest = opened.at(-1) ?? null;
  const nextDueOn = all.find((o) => o.opensOn > today)?.dueOn ?? null;
  const latestDone =
    latest !== null && completedOn.some((d) => d >= latest.opensOn && d < latest.closesOn && d <= today);
  const open = latest !== null && today < latest.closesOn;
  const state: CheckInState = open
    ? latestDone
      ? "done"
      : "due"
    : nextDueOn !== null
      ? "upcoming"
      : "finished";
  return { state, latest, latestDone, nextDueOn };
}

/** Why a schedule cannot be kept, in words a clinician can act on; null when it is fine. */
export function scheduleProblem(s: CheckInSchedule, today: string): string | null {
  if (s.startsOn < today) return "startsOn: choose today or a later date.";
  if (s.startsOn > addCalendarDays(today, MAX_START_DAYS))
    return `startsOn: choose a date within ${MAX_START_DAYS} days from today.`;
  if (s.everyWeeks === null) {
    if (s.until !== null || s.times !== null)
      return "until and times apply to a repeating request: add everyWeeks, or leave them out for a single check-in.";
    return null;
  }
  if (!Number.isInteger(s.everyWeeks) || s.everyWeeks < MIN_EVERY_WEEKS || s.everyWeeks > MAX_EVERY_WEEKS)
    return `everyWeeks: choose a whole number of weeks from ${MIN_EVERY_WEEKS} to ${MAX_EVERY_WEEKS}.`;
  if ((s.until === null) === (s.times === null))
    return "A repeating request needs an end: give either until (a date) or times (how many check-ins), not both.";
  if (s.times !== null && (!Number.isInteger(s.times) || s.times < 1 || s.times > MAX_TIMES))
    return `times: choose from 1 to ${MAX_TIMES} check-ins.`;
  if (s.until !== null) {
    if (s.until < s.startsOn) return "until: choose a date on or after startsOn.";
    // The due date after the last one allowed must fall after `until`.
    if (s.until >= addCalendarDays(s.startsOn, MAX_TIMES * s.everyWeeks * 7))
      return `until: that would make more than ${MAX_TIMES} check-ins; choose an earlier date.`;
  }
  return null;
}
