import { z } from "zod";

const person = z.object({ id: z.string(), name: z.string() });
const date = z.string().describe("A local date (YYYY-MM-DD) in the family's time zone");

export const checkInScheduleSchema = z.object({
  startsOn: date.describe("The first due date"),
  everyWeeks: z.number().int().nullable().describe("Null: a single check-in"),
  until: date.nullable().describe("The last date one may fall due, for a schedule that ends by date"),
  times: z.number().int().nullable().describe("How many in all, for a schedule that ends by count"),
});

/** What the clinician sees of a request: the schedule, and only what the caregiver chose to share. */
export const caseCheckinSchema = z.object({
  id: z.string(),
  caregiver: person,
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
export type CaseCheckinView = z.infer<typeof caseCheckinSchema>;

/** What the family sees: each running request, with whether it is due only for the caregiver it asks. */
export const familyCheckinSchema = z.object({
  id: z.string(),
  clinician: person.nullable(),
  caregiver: person,
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
export type FamilyCheckinView = z.infer<typeof familyCheckinSchema>;
