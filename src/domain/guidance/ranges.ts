/**
 * The usual ranges a week is set beside, by (corrected) age in days. They describe many babies, not a target
 * for one, and a week is never set above or below them: the words around them describe what is usual and
 * when to ask the baby's doctor, never grade. Sources: shared/reference/instruments.md, "Crying" —
 * sleep: National Sleep Foundation 2015 (Hirshkowitz et al., Sleep Health 1:40) for 0–3 months, 14–17 h;
 * American Academy of Sleep Medicine 2016 (Paruthi et al., J Clin Sleep Med 12:785) for 4–12 months,
 * 12–16 h including naps, and 1–2 years, 11–14 h. Feeds: breastfed newborns about 8–12 feeds in 24 h
 * (American Academy of Pediatrics, HealthyChildren.org); past the first month the spread between babies is
 * wide enough that no single range is offered.
 */
export interface UsualRange {
  low: number;
  high: number;
  source: string;
}

export function sleepHoursRange(ageDays: number): UsualRange | null {
  if (ageDays < 0) return null;
  if (ageDays < 120) return { low: 14, high: 17, source: "National Sleep Foundation 2015" };
  if (ageDays < 365) return { low: 12, high: 16, source: "American Academy of Sleep Medicine 2016" };
  if (ageDays < 730) return { low: 11, high: 14, source: "American Academy of Sleep Medicine 2016" };
  return null;
}

export function feedsPerDayRange(ageDays: number): UsualRange | null {
  if (ageDays < 0 || ageDays >= 31) return null;
  return { low: 8, high: 12, source: "American Academy of Pediatrics" };
}
