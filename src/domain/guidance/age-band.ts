/**
 * The age bands the bonding ideas are written for, and which band a baby is in today. Born babies are placed
 * by corrected age when they arrived before 37 weeks, because the ideas follow development, not the calendar
 * (shared/reference/instruments.md, "Corrected age (preterm)").
 */
import { babyAge } from "../age.js";

export const ageBands = ["pregnancy", "0-6w", "6w-3m", "3-6m", "6-9m", "9-12m"] as const;
export type AgeBand = (typeof ageBands)[number];

/** Where each band after birth ends, in days of (corrected) age: 6, 13, 26 and 39 weeks. */
const bandEnds: readonly [AgeBand, number][] = [
  ["0-6w", 6 * 7],
  ["6w-3m", 13 * 7],
  ["3-6m", 26 * 7],
  ["6-9m", 39 * 7],
];

export interface BabyDates {
  birthDate?: string | null;
  dueDate?: string | null;
  gestationalWeeks?: number | null;
}

/**
 * The band for a baby on `today` (YYYY-MM-DD). An expected baby (a due date, no birth date) is "pregnancy",
 * even past the due date until a birth is recorded. A baby born early whose corrected age is still below zero
 * is "0-6w": newborn ideas, not pregnancy ones. Past 39 weeks, every age is "9-12m": the library stops at the
 * first birthday, and its oldest ideas (peekaboo, pointing, naming) still suit a toddler, so the card never
 * goes empty. Null only when the baby has neither date, or a birth date after `today`.
 */
export function ageBandOf(baby: BabyDates, today: string): AgeBand | null {
  if (!baby.birthDate) return baby.dueDate ? "pregnancy" : null;
  const age = babyAge(baby.birthDate, today, baby.gestationalWeeks);
  if (age.days < 0) return null;
  const days = age.correctedDays ?? age.days;
  for (const [band, end] of bandEnds) if (days < end) return band;
  return "9-12m";
}
