/**
 * A baby's age, and the corrected age of a baby born early: chronological age minus the weeks they arrived
 * before 40 weeks of gestation, for births before 37 weeks, shown beside real age until about 2 years; never
 * for vaccination timing. Source: shared/reference/instruments.md, "Corrected age (preterm)".
 */
export const TERM_WEEKS = 40;
export const PRETERM_BEFORE_WEEKS = 37;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days between two calendar dates given as YYYY-MM-DD (time zones do not shift a birthday). */
export function daysBetween(fromDate: string, toDate: string): number {
  return Math.round((Date.parse(`${toDate}T00:00:00Z`) - Date.parse(`${fromDate}T00:00:00Z`)) / DAY_MS);
}

export interface BabyAge {
  days: number;
  /** Present only for a baby born before 37 weeks and younger than 2 years; may be negative (not yet due). */
  correctedDays?: number;
}

export function babyAge(birthDate: string, today: string, gestationalWeeks?: number | null): BabyAge {
  const days = daysBetween(birthDate, today);
  if (gestationalWeeks == null || gestationalWeeks >= PRETERM_BEFORE_WEEKS || days >= 730) return { days };
  const earlyDays = Math.round((TERM_WEEKS - gestationalWeeks) * 7);
  return { days, correctedDays: days - earlyDays };
}

/**
 * What an age line says, as numbers, so the family's app, the Guide and the clinician's case file all say
 * it the same way: the age alone; for a baby born early, the corrected age once the due date has passed;
 * and before it, how early the baby came and how long until the due date (a negative age says nothing).
 */
export type AgeSummary =
  | { kind: "age"; days: number }
  | { kind: "corrected"; days: number; correctedDays: number }
  | { kind: "beforeDue"; days: number; earlyDays: number; dueInDays: number };

/** `correctedDays` as `babyAge` gives it: absent (or null) when no corrected age is shown. */
export function summarizeAge(days: number, correctedDays?: number | null): AgeSummary {
  if (correctedDays == null) return { kind: "age", days };
  if (correctedDays > 0) return { kind: "corrected", days, correctedDays };
  return { kind: "beforeDue", days, earlyDays: days - correctedDays, dueInDays: Math.abs(correctedDays) };
}
