// Day boundaries and clock times for the log screens. They follow the FAMILY's time zone, not this phone's:
// a grandparent abroad, or a parent whose phone changed zone on a trip, must see the same days and the same
// clock times as everyone else in the family. The arithmetic lives in src/domain/time.ts (shared with the
// server's day summary); these wrappers keep the Date-in, Date-out shape the screens use.
import { addCalendarDays, localDate, offsetMs, wallClock, zonedTime } from "../../domain/time.js"; // .js: unit tests load this under Node's rules

/** The start of the day (in `timeZone`) that `date` falls in. */
export function startOfDay(date: Date, timeZone: string): Date {
  return new Date(zonedTime(localDate(date.getTime(), timeZone), 0, 0, timeZone));
}

/**
 * The same clock time `days` calendar days later (or earlier) in `timeZone`. Not days × 24 hours: the day of
 * a daylight-saving change is 23 or 25 hours long.
 */
export function addDays(date: Date, days: number, timeZone: string): Date {
  const at = date.getTime();
  const w = wallClock(at, timeZone);
  const day = addCalendarDays(localDate(at, timeZone), days);
  const subMinute = w.second * 1000 + (((at % 1000) + 1000) % 1000);
  return new Date(zonedTime(day, w.hour, w.minute, timeZone) + subMinute);
}

/** "HH:MM" of an instant on a wall clock in `timeZone`, for <input type="time">. */
export function toTimeInput(iso: string, timeZone: string): string {
  const w = wallClock(Date.parse(iso), timeZone);
  return `${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}`;
}

/** The moment at "HH:MM" in `timeZone`, on the day (in that zone) that `day` falls in. */
export function atTime(day: Date, hhmm: string, timeZone: string): Date {
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(zonedTime(localDate(day.getTime(), timeZone), h || 0, m || 0, timeZone));
}

/**
 * A back-dated start from a time field: today at that time, or yesterday when that would be in the future
 * (logging the 23:40 feed just after midnight). "Today" is the family's today.
 */
export function pastAt(hhmm: string, timeZone: string, now = new Date()): Date {
  const today = atTime(now, hhmm, timeZone);
  return today.getTime() > now.getTime() ? addDays(today, -1, timeZone) : today;
}

export function minutesBetween(from: string | number, to: string | number): number {
  const a = typeof from === "string" ? Date.parse(from) : from;
  const b = typeof to === "string" ? Date.parse(to) : to;
  return Math.max(0, Math.floor((b - a) / 60_000));
}

/**
 * Whether clocks in the two zones show the same time at `at`. Two names for one zone, or two zones that
 * agree right now (Madrid and Paris), need no "times are shown in …" note.
 */
export function sameClock(a: string, b: string, at = Date.now()): boolean {
  if (a === b) return true;
  try {
    return offsetMs(at, a) === offsetMs(at, b);
  } catch {
    return false;
  }
}
