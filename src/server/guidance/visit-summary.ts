import { z } from "zod";
import type { Baby } from "../../db/repositories/babies.js";
import { locales } from "../../domain/account.js";
import { babyAge } from "../../domain/age.js";
import { visitSummary } from "../../domain/guidance/visit.js";
import { addCalendarDays, dayBounds, localDate } from "../../domain/time.js";
import type { AppContext } from "../context.js";

export const visitDaysQuery = z
  .enum(["7", "14"], "days is 7 or 14")
  .default("7")
  .describe("How many days back from today, on the family's clock");

/** What both readers of a visit summary may ask: how many days, and the language of the check-ins' bands. */
export const visitSummaryQuery = z
  .object({
    days: visitDaysQuery,
    lang: z.enum(locales).optional().describe("For the check-ins' band labels. Default: the account's"),
  })
  .strict();

/**
 * The last 7 or 14 days of one baby's log for an appointment (domain/guidance/visit.ts), on the family's
 * clock: the page the family prints and the one their clinician reads are built here, so they never differ.
 * `period` is the window in instants, for the caller to pick the check-ins that belong on it.
 */
export async function buildVisitSummary(
  { entries, families }: Pick<AppContext, "entries" | "families">,
  baby: Baby,
  days: number,
  now = Date.now(),
) {
  const timeZone = (await families.get(baby.familyId))?.timeZone ?? "UTC";
  const today = localDate(now, timeZone);
  const [start] = dayBounds(addCalendarDays(today, -(days - 1)), timeZone);
  const [, end] = dayBounds(today, timeZone);
  const rows = (await entries.touching(baby.id, start, end)).map((e) => ({
    id: e.id,
    type: e.type,
    startedAt: Date.parse(e.startedAt),
    endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
    details: e.details,
    note: e.note,
  }));
  const summary = visitSummary(rows, today, days, timeZone, now);
  const iso = <T extends { at: number }>(items: T[]) =>
    items.map((i) => ({ ...i, at: new Date(i.at).toISOString() }));
  const age = baby.birthDate ? babyAge(baby.birthDate, today, baby.gestationalWeeks) : null;
  return {
    period: { start, end },
    summary: {
      baby,
      timeZone,
      ageDays: age?.days ?? null,
      correctedAgeDays: age?.correctedDays ?? null,
      ...summary,
      growth: iso(summary.growth),
      temperatures: iso(summary.temperatures),
      medications: iso(summary.medications),
      notes: iso(summary.notes),
      questions: iso(summary.questions),
    },
  };
}
