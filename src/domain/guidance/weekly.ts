import type { Moment } from "../entries/vocabulary.js";
import { addCalendarDays, dayBounds, localDate } from "../time.js";
import { feedsPerDayRange, sleepHoursRange, type UsualRange } from "./ranges.js";

export interface ReflectionEntry {
  type: string;
  startedAt: number;
  endedAt: number | null;
  moments: string[];
}

export interface ReflectionDay {
  date: string;
  sleepMinutes: number;
  feeds: number;
  diapers: number;
  /** The day has ended in the family's time zone. Today never has: its numbers are "so far". */
  complete: boolean;
}

export interface RoutineMoments {
  type: string;
  /** How many times this routine was logged, and how many of those held at least one moment. */
  logged: number;
  withMoments: number;
  moments: Partial<Record<Moment, number>>;
}

export interface WeekReflection {
  from: string;
  to: string;
  days: ReflectionDay[];
  /**
   * The days an average can draw on: the week's days that have ended, counted from the first day anything
   * was logged for the baby if that came later (a family that began three days ago has three, not seven).
   */
  fullDays: number;
  /** Routines ordered by the moments of connection they carried; the ones that carried none are left out. */
  routines: RoutineMoments[];
  /** `days`: how many of the full days had sleep logged, which is what the average is over. */
  sleep: { averageHours: number | null; days: number; range: UsualRange | null };
  feeds: { averagePerDay: number | null; days: number; range: UsualRange | null };
}

/**
 * A week of the log, described: sleep and feeds per day beside the usual ranges for the age, and which
 * everyday routines carried the most moments of connection. It counts what was logged, never minutes of
 * "bonding", and never scores or sets the week above or below a range.
 *
 * Averages are over full days only. Today is never one (half a day would read as a low day), nor is a day
 * before logging began, nor a full day on which that kind of care was not logged at all: an unlogged night
 * is unknown, not zero. `loggedSince` is the start of any entry before the week (null if there is none), so
 * a week's first days are not taken for "before logging began" when they were merely quiet.
 */
export function reflectOnWeek(
  entries: ReflectionEntry[],
  from: string,
  timeZone: string,
  ageDays: number | null,
  now: number,
  loggedSince: number | null = null,
): WeekReflection {
  const days: ReflectionDay[] = [];
  for (let i = 0; i < 7; i++) {
    const date = addCalendarDays(from, i);
    const [start, end] = dayBounds(date, timeZone);
    const day: ReflectionDay = { date, sleepMinutes: 0, feeds: 0, diapers: 0, complete: end <= now };
    for (const e of entries) {
      const until = e.endedAt ?? Math.min(now, end);
      if (e.type === "sleep")
        day.sleepMinutes += Math.max(0, Math.min(until, end) - Math.max(e.startedAt, start)) / 60_000;
      if (e.startedAt < start || e.startedAt >= end) continue;
      if (e.type === "feed") day.feeds++;
      if (e.type === "diaper") day.diapers++;
    }
    day.sleepMinutes = Math.round(day.sleepMinutes);
    days.push(day);
  }

  const routines = new Map<string, RoutineMoments>();
  const [weekStart] = dayBounds(from, timeZone);
  const [, weekEnd] = dayBounds(addCalendarDays(from, 6), timeZone);
  for (const e of entries) {
    if (e.startedAt < weekStart || e.startedAt >= weekEnd) continue;
    const r = routines.get(e.type) ?? { type: e.type, logged: 0, withMoments: 0, moments: {} };
    r.logged++;
    if (e.moments.length) r.withMoments++;
    for (const m of e.moments) r.moments[m as Moment] = (r.moments[m as Moment] ?? 0) + 1;
    routines.set(e.type, r);
  }
  const momentCount = (r: RoutineMoments) => Object.values(r.moments).reduce((a, n) => a + (n ?? 0), 0);

  const firstLogged = entries.reduce(
    (a, e) => Math.min(a, e.startedAt),
    loggedSince ?? Number.POSITIVE_INFINITY,
  );
  const firstDay = Number.isFinite(firstLogged) ? localDate(firstLogged, timeZone) : null;
  const full = firstDay === null ? [] : days.filter((d) => d.complete && d.date >= firstDay);
  const sleepDays = full.filter((d) => d.sleepMinutes > 0);
  const feedDays = full.filter((d) => d.feeds > 0);
  const averageHours = average(sleepDays.map((d) => d.sleepMinutes / 60));
  const averagePerDay = average(feedDays.map((d) => d.feeds));

  return {
    from,
    to: addCalendarDays(from, 6),
    days,
    fullDays: full.length,
    routines: [...routines.values()]
      .filter((r) => momentCount(r) > 0)
      .sort((a, b) => momentCount(b) - momentCount(a) || b.withMoments - a.withMoments),
    sleep: {
      averageHours,
      days: sleepDays.length,
      range: ageDays === null ? null : sleepHoursRange(ageDays),
    },
    feeds: {
      averagePerDay,
      days: feedDays.length,
      range: ageDays === null ? null : feedsPerDayRange(ageDays),
    },
  };
}

/** The mean to one decimal, or null for no days. */
function average(values: number[]): number | null {
  if (!values.length) return null;
  return Math.round((values.reduce((a, v) => a + v, 0) / values.length) * 10) / 10;
}
