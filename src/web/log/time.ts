// Day boundaries and clock text. Days follow this phone's clock, which onboarding also gave the family.

export function startOfDay(date: Date): Date {
  const d = new Date(date);
  d.setHours(0, 0, 0, 0);
  return d;
}

export function addDays(date: Date, days: number): Date {
  const d = new Date(date);
  d.setDate(d.getDate() + days);
  return d;
}

/** "HH:MM" of a date in local time, for <input type="time">. */
export function toTimeInput(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** The moment on `day` at "HH:MM" local time. */
export function atTime(day: Date, hhmm: string): Date {
  const [h, m] = hhmm.split(":").map(Number);
  const d = new Date(day);
  d.setHours(h ?? 0, m ?? 0, 0, 0);
  return d;
}

/**
 * A back-dated start from a time field: today at that time, or yesterday when that would be in the future
 * (logging the 23:40 feed just after midnight).
 */
export function pastAt(hhmm: string, now = new Date()): Date {
  const today = atTime(now, hhmm);
  return today.getTime() > now.getTime() ? addDays(today, -1) : today;
}

export function minutesBetween(from: string | number, to: string | number): number {
  const a = typeof from === "string" ? Date.parse(from) : from;
  const b = typeof to === "string" ? Date.parse(to) : to;
  return Math.max(0, Math.floor((b - a) / 60_000));
}
