// A wall-clock time as exports write it ("2026-10-18 19:30", sometimes with seconds or a "T"), read in the
// time zone it was written in. Strict on purpose: 31 September is not quietly 1 October.
import { zonedTime } from "../time.js";

const WALL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant, or null when the text is not a real date and time. */
export function readWallTime(text: string, timeZone: string): number | null {
  const match = WALL.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const year = y as number;
  const month = mo as number;
  const day = d as number;
  const hour = h as number;
  const minute = mi as number;
  const second = Number.isNaN(s) || s === undefined ? 0 : s;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  // A day that does not exist in its month comes back from Date.UTC as another month's day.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day || day < 1) return null;
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return zonedTime(date, hour, minute, timeZone) + second * 1000;
}
