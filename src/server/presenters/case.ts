import { z } from "zod";
import type { Baby } from "../../db/repositories/babies.js";
import { babyAge } from "../../domain/age.js";
import { consentScopes } from "../../domain/consent.js";
import type { CaseSummary } from "../clinician/case-summaries.js";
import { babyFacts } from "./baby.js";

const iso = (ms: number) => new Date(ms).toISOString();

export const caseBabySchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(["expected", "born"]),
  birthDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  gestationalWeeks: z.number().nullable(),
  ageDays: z.number().nullable(),
  correctedAgeDays: z.number().nullable().describe("For a baby born before 37 weeks, until 2 years"),
});

export function caseBabyView(b: Baby, today: string): z.infer<typeof caseBabySchema> {
  const age = b.birthDate ? babyAge(b.birthDate, today, b.gestationalWeeks) : null;
  return {
    ...babyFacts(b),
    ageDays: age?.days ?? null,
    correctedAgeDays: age?.correctedDays ?? null,
  };
}

const pointSchema = z.object({ total: z.number(), completedAt: z.string() });

export const caseSummarySchema = z.object({
  id: z.string().describe("The case id (not the family's)"),
  familyName: z.string(),
  timeZone: z.string().describe("The family's IANA time zone: the log's days begin and end there"),
  scopes: z.array(z.enum(consentScopes)),
  sharedUntil: z.string(),
  openedAt: z.string(),
  babies: z.array(caseBabySchema),
  caregivers: z.array(z.object({ userId: z.string(), name: z.string(), relationship: z.string() })),
  lastActivityAt: z.string().nullable(),
  screenings: z.array(
    z.object({
      instrumentId: z.string(),
      userId: z.string(),
      latest: pointSchema,
      previous: pointSchema.nullable(),
      trend: z.enum(["up", "down", "same", "first"]).describe("The latest total against the one before"),
    }),
  ),
  safetyFlags: z
    .array(
      z.object({
        userId: z.string(),
        instrumentId: z.string(),
        completedAt: z.string(),
        flags: z.array(z.object({ type: z.string(), item: z.string() })),
      }),
    )
    .describe("Safety answers in shared results from the last 60 days; shown to the clinician only"),
  checkinsDue: z
    .array(
      z.object({
        requestId: z.string(),
        instrumentId: z.string(),
        caregiverId: z.string().describe("The caregiver asked: one of `caregivers`"),
        dueOn: z.string().describe("The due date of the window open now, in the family's time zone"),
        overdue: z.boolean().describe("The family's today is past dueOn; the window is still open"),
      }),
    )
    .describe(
      "Check-ins this clinician asked for that are open now or overdue and not answered by a shared result, earliest first. Without the screenings scope no result can answer one, so each open one is listed",
    ),
});
export type CaseSummaryView = z.infer<typeof caseSummarySchema>;

export function caseSummaryView(s: CaseSummary, today: string): CaseSummaryView {
  return {
    id: s.openCase.id,
    familyName: s.familyName,
    timeZone: s.timeZone,
    scopes: s.openCase.scopes,
    sharedUntil: iso(s.openCase.sharedUntil),
    openedAt: iso(s.openCase.createdAt),
    babies: s.babies.map((b) => caseBabyView(b, today)),
    caregivers: s.caregivers,
    lastActivityAt: s.lastActivityAt === null ? null : iso(s.lastActivityAt),
    screenings: s.screenings.map((t) => ({
      instrumentId: t.instrumentId,
      userId: t.userId,
      latest: { total: t.latest.total, completedAt: iso(t.latest.completedAt) },
      previous: t.previous ? { total: t.previous.total, completedAt: iso(t.previous.completedAt) } : null,
      trend: !t.previous
        ? "first"
        : t.latest.total > t.previous.total
          ? "up"
          : t.latest.total < t.previous.total
            ? "down"
            : "same",
    })),
    safetyFlags: s.safetyFlags.map((f) => ({ ...f, completedAt: iso(f.completedAt) })),
    checkinsDue: s.checkinsDue,
  };
}
