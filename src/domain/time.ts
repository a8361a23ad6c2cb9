/**
 * Day boundaries in a family's time zone, with the platform's Intl data (no library, works in the
 * browser too). A "day" for a family in Madrid starts at midnight in Madrid, whatever the server's zone.
 */
function offsetMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant local midnight begins on `date` (YYYY-MM-DD) in `timeZone`. */
export function startOfDay(date: string, timeZone: string): number {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetMs(guess, timeZone);
  // Across a daylight-saving change the offset at midnight can differ from the offset at the guess.
  return guess - offsetMs(first, timeZone);
}

/** [start, end) of a local calendar day; 23 or 25 hours long on daylight-saving days. */
export function dayBounds(date: string, timeZone: string): [number, number] {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return [startOfDay(date, timeZone), startOfDay(next, timeZone)];
}

/** The local calendar date (YYYY-MM-DD) of an instant in `timeZone`. */
export function localDate(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(at));
}
