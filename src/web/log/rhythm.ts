// The week's rhythm as numbers: for each of seven days (in the family's time zone), the minutes asleep and
// the feeds started in each clock hour. Kept apart from the chart so it can be tested without a browser.
import { addCalendarDays, dayBounds, localDate, wallClock } from "../../domain/time.js"; // .js: unit-tested under Node's rules

export interface DayRow {
  /** The family-zone calendar date, YYYY-MM-DD. */
  date: string;
  /** When that day starts, epoch ms (for formatting its name). */
  start: number;
  /** Minutes asleep in each clock hour 0–23, 0–60. On the day clocks go back, both 1 o'clocks share one. */
  sleep: number[];
  /** Feeds starting in each clock hour. */
  feeds: number[];
  sleepMinutes: number;
  feedCount: number;
}

interface RhythmEntry {
  type: string;
  startedAt: string;
  endedAt: string | null;
}

const HOUR = 3_600_000;

/** The seven days ending with `lastDay`, oldest first. */
export function weekDays(lastDay: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addCalendarDays(lastDay, i - 6));
}

export function weekRows(
  entries: readonly RhythmEntry[],
  lastDay: string,
  timeZone: string,
  now: number,
): DayRow[] {
  const rows = weekDays(lastDay).map(
    (date): DayRow => ({
      date,
      start: dayBounds(date, timeZone)[0],
      sleep: Array(24).fill(0),
      feeds: Array(24).fill(0),
      sleepMinutes: 0,
      feedCount: 0,
    }),
  );
  const byDate = new Map(rows.map((row) => [row.date, row]));
  const first = rows[0]?.start ?? 0;
  const last = dayBounds(lastDay, timeZone)[1];

  for (const entry of entries) {
    const from = Date.parse(entry.startedAt);
    if (entry.type === "feed") {
      const row = byDate.get(localDate(from, timeZone));
      if (row) {
        const hour = wallClock(from, timeZone).hour;
        row.feeds[hour] = (row.feeds[hour] ?? 0) + 1;
        row.feedCount += 1;
      }
    } else if (entry.type === "sleep") {
      const to = Math.min(entry.endedAt ? Date.parse(entry.endedAt) : now, last);
      // Walk the sleep clock hour by clock hour, so a night across midnight lands on both days and a zone
      // with a half-hour offset (India, Newfoundland) still splits on its own hours.
      for (let t = Math.max(from, first); t < to; ) {
        const w = wallClock(t, timeZone);
        const intoHour = (w.minute * 60 + w.second) * 1000 + (t % 1000);
        const until = Math.min(t + HOUR - intoHour, to);
        const row = byDate.get(localDate(t, timeZone));
        if (row) {
          const minutes = (until - t) / 60_000;
          row.sleep[w.hour] = Math.min(60, (row.sleep[w.hour] ?? 0) + minutes);
          row.sleepMinutes += minutes;
        }
        t = until;
      }
    }
  }
  return rows;
}
