import { z } from "zod";
import { assignmentKinds, assignmentStatuses } from "../domain/assignment.js";
import { page } from "./page.js";
import { personSchema } from "./people.js";

/**
 * What a clinician asks of a family: things to read or try (assignments) and check-ins. The clinician sends
 * and follows them in the case; the family answers them on "From your care team".
 */
export const assignmentSchema = z.object({
  id: z.string(),
  clinician: personSchema.nullable().describe("Who sent it; null if their account has since been closed"),
  kind: z.enum(assignmentKinds),
  ref: z.string().describe("The article's slug, the cue-guide section's id or the idea's id"),
  title: z.string().describe("In the reader's language: an article's or section's title, an idea's words"),
  summary: z
    .string()
    .describe("One line more: the article's summary, the section's introduction, why an idea helps"),
  path: z
    .string()
    .nullable()
    .describe(
      "Where it lives in the app (/guide/learn/…, /guide/cues#…); null for an idea, shown whole here",
    ),
  note: z.string().nullable().describe("The clinician's covering note"),
  status: z.enum(assignmentStatuses),
  statusAt: z.string().nullable(),
  answeredBy: personSchema.nullable().describe("The caregiver who marked it read or tried"),
  reflection: z.string().nullable().describe("What the caregiver wrote back, if anything"),
  createdAt: z.string(),
});
export type Assignment = z.infer<typeof assignmentSchema>;
export const assignmentPage = page(assignmentSchema);

const date = z.string().describe("A local date (YYYY-MM-DD) in the family's time zone");

export const checkInScheduleSchema = z.object({
  startsOn: date.describe("The first due date"),
  everyWeeks: z.number().int().nullable().describe("Null: a single check-in"),
  until: date.nullable().describe("The last date one may fall due, for a schedule that ends by date"),
  times: z.number().int().nullable().describe("How many in all, for a schedule that ends by count"),
});
export type CheckInSchedule = z.infer<typeof checkInScheduleSchema>;

/** What the clinician sees of a request: the schedule, and only what the caregiver chose to share. */
export const caseCheckinSchema = z.object({
  id: z.string(),
  caregiver: personSchema,
  instrumentId: z.string(),
  instrumentName: z.string(),
  schedule: checkInScheduleSchema,
  dueDates: z.array(date).describe("Every due date of the schedule"),
  latestDueOn: date.nullable().describe("The latest due date whose window has opened; null before the first"),
  nextDueOn: date.nullable(),
  result: z
    .enum(["shared", "not_shared_yet", "not_due_yet"])
    .describe(
      "For the latest due date: shared when the caregiver completed it and chose to show clinicians; otherwise not_shared_yet, which never says whether it was done",
    ),
  shared: z
    .object({ screeningId: z.string(), completedAt: z.string(), total: z.number() })
    .nullable()
    .describe("The shared check-in that answered the latest due date"),
  running: z.boolean().describe("False once stopped or when every due date has passed"),
  createdAt: z.string(),
  stoppedAt: z.string().nullable(),
});
export type CaseCheckIn = z.infer<typeof caseCheckinSchema>;

/** The case's check-ins, with whether any result can arrive at all. */
export const caseCheckinsReply = z.object({
  today: z.string().describe("The family's today"),
  resultsShared: z
    .boolean()
    .describe("Whether the family's share covers check-in results; without it none can arrive"),
  items: z.array(caseCheckinSchema),
});

/** What the family sees: each running request, with whether it is due only for the caregiver it asks. */
export const familyCheckinSchema = z.object({
  id: z.string(),
  clinician: personSchema.nullable(),
  caregiver: personSchema,
  mine: z.boolean().describe("Asked of the person reading"),
  instrumentId: z.string(),
  instrumentName: z.string(),
  path: z.string().describe("Where to do it in the app"),
  everyWeeks: z.number().int().nullable(),
  state: z
    .enum(["due", "done", "upcoming"])
    .nullable()
    .describe(
      "Only for the caregiver it asks (whether someone checked in is theirs to tell); null for others",
    ),
  dueOn: date.nullable().describe("The due date whose window is open now, if one is"),
  nextDueOn: date.nullable(),
});
export type FamilyCheckIn = z.infer<typeof familyCheckinSchema>;

export const familyCheckinsReply = z.object({ today: z.string(), items: z.array(familyCheckinSchema) });
