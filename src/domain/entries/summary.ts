import type { Moment } from "./vocabulary.js";

export interface SummaryEntry {
  type: string;
  startedAt: number;
  endedAt: number | null;
  moments: string[];
}

export interface DaySummary {
  counts: Record<string, number>;
  /** Minutes of sleep inside the day; a sleep across midnight counts on both days, each its own part. */
  sleepMinutes: number;
  moments: Partial<Record<Moment, number>>;
}

/** What a day held. Counts describe the day; they are never a score. */
export function summarizeDay(
  entries: SummaryEntry[],
  [dayStart, dayEnd]: [number, number],
  now: number,
): DaySummary {
  const counts: Record<string, number> = {};
  const moments: Partial<Record<Moment, number>> = {};
  let sleepMs = 0;
  for (const e of entries) {
    const end = e.endedAt ?? Math.min(now, dayEnd);
    if (e.type === "sleep") sleepMs += Math.max(0, Math.min(end, dayEnd) - Math.max(e.startedAt, dayStart));
    if (e.startedAt < dayStart || e.startedAt >= dayEnd) continue;
    counts[e.type] = (counts[e.type] ?? 0) + 1;
    for (const m of e.moments) moments[m as Moment] = (moments[m as Moment] ?? 0) + 1;
  }
  return { counts, sleepMinutes: Math.round(sleepMs / 60_000), moments };
}

/** An entry as the API sends it and the web keeps it: times as ISO 8601 instants. */
export interface SentEntry {
  type: string;
  startedAt: string;
  endedAt: string | null;
  moments: string[];
}

/** `summarizeDay` over entries as sent, so the server's day summary and the case file's days agree. */
export function summarizeSentDay(entries: readonly SentEntry[], bounds: [number, number], now: number) {
  return summarizeDay(
    entries.map((e) => ({
      type: e.type,
      startedAt: Date.parse(e.startedAt),
      endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
      moments: e.moments,
    })),
    bounds,
    now,
  );
}
