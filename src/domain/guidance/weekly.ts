import type { Moment } from "../entries/vocabulary.js";
import { addCalendarDays, dayBounds } from "../time.js";
import { feedsPerDayRange, type Relation, relationTo, sleepHoursRange, type UsualRange } from "./ranges.js";

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
  /** Routines ordered by the moments of connection they carried; the ones that carried none are left out. */
  routines: RoutineMoments[];
  sleep: { averageHours: number | null; range: UsualRange | null; relation: Relation | null };
  feeds: { averagePerDay: number | null; range: UsualRange | null; relation: Relation | null };
}

/**
 * A week of the log, described: sleep and feeds per day beside the usual ranges for the age, and which
 * everyday routines carried the most moments of connection. It counts what was logged, never minutes of
 * "bonding", and never scores: days with nothing logged are left out of averages rather than read as zero.
 */
export function reflectOnWeek(
  entries: ReflectionEntry[],
  from: string,
  timeZone: string,
  ageDays: number | null,
  now: number,
): WeekReflection {
  const days: ReflectionDay[] = [];
  const logged = new Set<string>();
  for (let i = 0; i < 7; i++) {
    const date = addCalendarDays(from, i);
    const [start, end] = dayBounds(date, timeZone);
    const day: ReflectionDay = { date, sleepMinutes: 0, feeds: 0, diapers: 0 };
    for (const e of entries) {
      const until = e.endedAt ?? Math.min(now, end);
      if (e.type === "sleep")
        day.sleepMinutes += Math.max(0, Math.min(until, end) - Math.max(e.startedAt, start)) / 60_000;
      if (e.startedAt < start || e.startedAt >= end) continue;
      logged.add(date);
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

  // Only days with something logged, and (for sleep) days with sleep logged: an unlogged night is unknown.
  const loggedDays = days.filter((d) => logged.has(d.date));
  const sleepDays = loggedDays.filter((d) => d.sleepMinutes > 0);
  const averageHours = sleepDays.length
    ? Math.round((sleepDays.reduce((a, d) => a + d.sleepMinutes, 0) / sleepDays.length / 60) * 10) / 10
    : null;
  const feedDays = loggedDays.filter((d) => d.feeds > 0);
  const averagePerDay = feedDays.length
    ? Math.round((feedDays.reduce((a, d) => a + d.feeds, 0) / feedDays.length) * 10) / 10
    : null;
  const sleepRange = ageDays === null ? null : sleepHoursRange(ageDays);
  const feedRange = ageDays === null ? null : feedsPerDayRange(ageDays);

  return {
    from,
    to: addCalendarDays(from, 6),
    days,
    routines: [...routines.values()]
      .filter((r) => momentCount(r) > 0)
      .sort((a, b) => momentCount(b) - momentCount(a) || b.withMoments - a.withMoments),
    sleep: {
      averageHours,
      range: sleepRange,
      relation: averageHours !== null && sleepRange ? relationTo(averageHours, sleepRange) : null,
    },
    feeds: {
      averagePerDay,
      range: feedRange,
      relation: averagePerDay !== null && feedRange ? relationTo(averagePerDay, feedRange) : null,
    },
  };
}
