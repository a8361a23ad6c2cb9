import type { Relationship } from "../family.js";
import { addCalendarDays } from "../time.js";

/**
 * Suggested times for a caregiver to check in on their own well-being, from the baby's dates: in the third
 * trimester a reflection on the bond with the baby to come (MAAS for the pregnant parent, PAAS for a
 * partner), and after the birth a mood check-in at about 2 weeks, 1, 2, 4 and 6 months (issue 5). These are
 * invitations, not a schedule to keep: a window that has passed is simply dropped (no "missed", no streak),
 * and one with a check-in already done in or just before it is not suggested again.
 */
export type CheckInRole = "birthing_parent" | "partner" | "caregiver";

export interface CheckInBaby {
  birthDate: string | null;
  dueDate: string | null;
}

/** A check-in this person already did: which instrument, on which local date (YYYY-MM-DD). */
export interface DoneCheckIn {
  instrumentId: string;
  completedOn: string;
}

export interface CheckInSuggestion {
  key: string;
  instrumentId: string;
  /** The window (YYYY-MM-DD): from is the suggested day, until the first day it is no longer suggested. */
  from: string;
  until: string;
  status: "due" | "upcoming";
}

/** Who the pregnancy reflection is for follows the relationship; Attune cannot know who gave birth otherwise. */
export function checkInRoleOf(relationship: Relationship): CheckInRole {
  if (relationship === "mother") return "birthing_parent";
  if (relationship === "father" || relationship === "partner") return "partner";
  return "caregiver";
}

/** A check-in done up to a week before a window opens still counts for it. */
const EARLY_DAYS = 7;
/** The third trimester starts at 28 weeks: 12 weeks before a 40-week due date. */
const THIRD_TRIMESTER_DAYS_BEFORE_DUE = 84;

/** The same day n months later, or the month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

const moodPoints = [
  { key: "after_birth_2_weeks", at: (b: string) => addCalendarDays(b, 14) },
  { key: "after_birth_1_month", at: (b: string) => addMonths(b, 1) },
  { key: "after_birth_2_months", at: (b: string) => addMonths(b, 2) },
  { key: "after_birth_4_months", at: (b: string) => addMonths(b, 4) },
  { key: "after_birth_6_months", at: (b: string) => addMonths(b, 6) },
] as const;
/** The last mood window stays open a month. */
const lastMoodUntil = (b: string) => addMonths(b, 7);

/** Either mood instrument counts as the mood check-in, whichever was offered. */
const moodInstruments = ["epds", "phq9"];

export function suggestedCheckIns(
  baby: CheckInBaby,
  role: CheckInRole,
  done: readonly DoneCheckIn[],
  today: string,
  offered: (instrumentId: string) => boolean = () => true,
): CheckInSuggestion[] {
  const windows: Omit<CheckInSuggestion, "status">[] = [];
  const doneIn = (ids: readonly string[], from: string, until: string) =>
    done.some(
      (d) =>
        ids.includes(d.instrumentId) &&
        d.completedOn >= addCalendarDays(from, -EARLY_DAYS) &&
        d.completedOn < until,
    );

  if (!baby.birthDate && baby.dueDate) {
    const reflection = role === "birthing_parent" ? "maas" : role === "partner" ? "paas" : null;
    if (reflection && offered(reflection)) {
      const from = addCalendarDays(baby.dueDate, -THIRD_TRIMESTER_DAYS_BEFORE_DUE);
      if (!doneIn([reflection], from, baby.dueDate)) {
        windows.push({
          key: "pregnancy_third_trimester",
          instrumentId: reflection,
          from,
          until: baby.dueDate,
        });
      }
    }
  }

  if (baby.birthDate) {
    const birth = baby.birthDate;
    // The EPDS was written for the birthing parent; where this server cannot offer it, the PHQ-9 asks instead.
    const mood = role === "birthing_parent" && offered("epds") ? "epds" : "phq9";
    if (offered(mood)) {
      moodPoints.forEach((point, i) => {
        const from = point.at(birth);
        const next = moodPoints[i + 1];
        const until = next ? next.at(birth) : lastMoodUntil(birth);
        if (!doneIn(moodInstruments, from, until))
          windows.push({ key: point.key, instrumentId: mood, from, until });
      });
    }
  }

  return windows
    .filter((w) => today < w.until)
    .map((w) => ({ ...w, status: today >= w.from ? ("due" as const) : ("upcoming" as const) }));
}

/**
 * Suggestions around several babies (twins, a newborn and an expected sibling, babies in two families) as
 * one invitation per instrument: otherwise the same mood check-in would be suggested once per baby. The
 * one open now wins over one still to come, then the one that closes first.
 */
export function mergeSuggestions<T extends CheckInSuggestion>(lists: readonly (readonly T[])[]): T[] {
  const byInstrument = new Map<string, T>();
  const rank = (s: T) => (s.status === "due" ? 0 : 1);
  for (const s of lists.flat()) {
    const kept = byInstrument.get(s.instrumentId);
    if (!kept || rank(s) < rank(kept) || (rank(s) === rank(kept) && s.until < kept.until))
      byInstrument.set(s.instrumentId, s);
  }
  return [...byInstrument.values()];
}
