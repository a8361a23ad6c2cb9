import { z } from "zod";
import { babySchema } from "./families.js";
import { personSchema } from "./people.js";

/**
 * What the family shares for a clinician to read, and what a family reads of its own log the same way:
 * check-in results over time, the visit summary for one baby (the family prints the same page).
 */
export const scorePointSchema = z.object({
  id: z.string(),
  completedAt: z.string().describe("ISO 8601"),
  total: z.number(),
  band: z
    .string()
    .nullable()
    .describe("The total's band as scored then, in the asked language; null if none"),
  flagged: z.boolean().describe("An answer raised a safety flag (e.g. PHQ-9 item 9): ask about it"),
});
export type ScorePoint = z.infer<typeof scorePointSchema>;

/** One caregiver's results on one questionnaire (and baby, if about a baby), oldest first. */
export const scoreSeriesSchema = z.object({
  caregiver: personSchema,
  instrumentId: z.string(),
  shortName: z.string().describe('The questionnaire\'s short name, e.g. "PHQ-9"'),
  about: z.enum(["self", "baby"]),
  babyId: z.string().nullable().describe("The baby it is about, when about a baby: twins get a series each"),
  range: z.object({ min: z.number(), max: z.number() }),
  points: z.array(scorePointSchema).describe("Oldest first"),
});
export type ScoreSeries = z.infer<typeof scoreSeriesSchema>;
export const scoreSeriesReply = z.object({ series: z.array(scoreSeriesSchema) });

/**
 * A check-in as it appears on the visit summary: enough to read at a glance (which questionnaire, when, the
 * score on its range and its band), none of the answers.
 */
export const visitCheckInSchema = z.object({
  id: z.string(),
  instrumentId: z.string(),
  shortName: z.string().describe('The questionnaire\'s short name, e.g. "PHQ-9"'),
  about: z.enum(["self", "baby"]).describe("About the person who answered, or about this baby"),
  completedAt: z.string().describe("ISO 8601"),
  total: z.number(),
  range: z.object({ min: z.number(), max: z.number() }),
  band: z
    .string()
    .nullable()
    .describe("The total's band in the asked language; null for reflection-only or unbanded totals"),
});
export type VisitCheckIn = z.infer<typeof visitCheckInSchema>;

/** On the clinician's copy, each check-in names who answered it. */
export const caseVisitCheckInSchema = visitCheckInSchema.extend({
  caregiver: personSchema.describe("Who answered it"),
});
export type CaseVisitCheckIn = z.infer<typeof caseVisitCheckInSchema>;

const at = z.string().describe("ISO 8601");

/** A visit summary as both readers get it, before the check-ins (which differ: see each reply). */
export const visitSummaryShape = {
  baby: babySchema,
  timeZone: z.string(),
  ageDays: z.number().nullable(),
  correctedAgeDays: z.number().nullable(),
  from: z.string(),
  to: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      feeds: z.number(),
      breastFeeds: z.number(),
      bottleMl: z.number(),
      solids: z.number(),
      sleepMinutes: z.number(),
      wet: z.number(),
      dirty: z.number(),
    }),
  ),
  growth: z.array(
    z.object({
      at,
      weightKg: z.number().optional(),
      lengthCm: z.number().optional(),
      headCm: z.number().optional(),
    }),
  ),
  temperatures: z.array(z.object({ at, celsius: z.number() })),
  medications: z.array(z.object({ at, name: z.string(), dose: z.string().optional() })),
  notes: z.array(z.object({ at, type: z.string(), text: z.string() })),
  questions: z.array(z.object({ at, text: z.string() })),
};

/** The family's own page: with the viewer's own check-ins that they chose to include. */
export const visitSummarySchema = z.object({
  ...visitSummaryShape,
  checkIns: z
    .array(visitCheckInSchema)
    .describe(
      "The viewer's own check-ins marked for the visit summary, about themself or this baby, oldest first",
    ),
});
export type VisitSummary = z.infer<typeof visitSummarySchema>;

/** The clinician's copy: only check-ins a caregiver shared with clinicians, under a share that covers them. */
export const caseVisitSummarySchema = z.object({
  ...visitSummaryShape,
  checkIns: z
    .array(caseVisitCheckInSchema)
    .describe(
      "Check-ins in the period about their caregiver or this baby, shared with clinicians, oldest first; empty unless the share covers check-in results",
    ),
});
export type CaseVisitSummary = z.infer<typeof caseVisitSummarySchema>;
