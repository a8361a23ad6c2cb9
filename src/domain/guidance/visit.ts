import { addCalendarDays, dayBounds } from "../time.js";

export interface VisitEntry {
  id: string;
  type: string;
  startedAt: number;
  endedAt: number | null;
  details: Record<string, unknown>;
  note: string | null;
}

export interface VisitDay {
  date: string;
  feeds: number;
  breastFeeds: number;
  bottleMl: number;
  solids: number;
  sleepMinutes: number;
  wet: number;
  dirty: number;
}

export interface VisitSummary {
  from: string;
  to: string;
  days: VisitDay[];
  growth: { at: number; weightKg?: number; lengthCm?: number; headCm?: number }[];
  temperatures: { at: number; celsius: number }[];
  medications: { at: number; name: string; dose?: string }[];
  notes: { at: number; type: string; text: string }[];
  questions: { at: number; text: string }[];
}

/**
 * What a clinician asks about at a pediatric or perinatal visit, from the log: feeds, sleep and diapers per
 * day, growth, temperatures and medicines, the notes the family wrote, and the questions they saved for the
 * visit. Facts only, so the parent and clinician read the same page.
 */
export function visitSummary(entries: VisitEntry[], to: string, days: number, timeZone: string, now: number) {
  const from = addCalendarDays(to, -(days - 1));
  const [start] = dayBounds(from, timeZone);
  const [, end] = dayBounds(to, timeZone);
  const rows: VisitDay[] = [];
  for (let i = 0; i < days; i++) {
    const date = addCalendarDays(from, i);
    const [dayStart, dayEnd] = dayBounds(date, timeZone);
    const row: VisitDay = {
      date,
      feeds: 0,
      breastFeeds: 0,
      bottleMl: 0,
      solids: 0,
      sleepMinutes: 0,
      wet: 0,
      dirty: 0,
    };
    for (const e of entries) {
      if (e.type === "sleep") {
        const until = e.endedAt ?? Math.min(now, dayEnd);
        row.sleepMinutes += Math.max(0, Math.min(until, dayEnd) - Math.max(e.startedAt, dayStart)) / 60_000;
      }
      if (e.startedAt < dayStart || e.startedAt >= dayEnd) continue;
      if (e.type === "feed") {
        row.feeds++;
        if (e.details.method === "breast") row.breastFeeds++;
        if (e.details.method === "solids") row.solids++;
        if (e.details.method === "bottle" && typeof e.details.amountMl === "number")
          row.bottleMl += e.details.amountMl;
      }
      if (e.type === "diaper") {
        if (e.details.kind === "wet" || e.details.kind === "both") row.wet++;
        if (e.details.kind === "dirty" || e.details.kind === "both") row.dirty++;
      }
    }
    row.sleepMinutes = Math.round(row.sleepMinutes);
    rows.push(row);
  }

  const inRange = entries.filter((e) => e.startedAt >= start && e.startedAt < end);
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  const summary: VisitSummary = {
    from,
    to,
    days: rows,
    growth: inRange
      .filter((e) => e.type === "growth")
      .map((e) => ({
        at: e.startedAt,
        ...(num(e.details.weightKg) !== undefined ? { weightKg: num(e.details.weightKg) } : {}),
        ...(num(e.details.lengthCm) !== undefined ? { lengthCm: num(e.details.lengthCm) } : {}),
        ...(num(e.details.headCm) !== undefined ? { headCm: num(e.details.headCm) } : {}),
      })),
    temperatures: inRange
      .filter((e) => e.type === "temperature" && typeof e.details.celsius === "number")
      .map((e) => ({ at: e.startedAt, celsius: e.details.celsius as number })),
    medications: inRange
      .filter((e) => e.type === "medication" && typeof e.details.name === "string")
      .map((e) => ({
        at: e.startedAt,
        name: e.details.name as string,
        ...(typeof e.details.dose === "string" ? { dose: e.details.dose } : {}),
      })),
    notes: inRange
      .filter((e) => e.note && !(e.type === "note" && e.details.forVisit === true))
      .map((e) => ({ at: e.startedAt, type: e.type, text: e.note as string })),
    questions: inRange
      .filter((e) => e.type === "note" && e.details.forVisit === true && e.note)
      .map((e) => ({ at: e.startedAt, text: e.note as string })),
  };
  return summary;
}
