import { z } from "zod";
import { page } from "./page.js";
import { personSchema } from "./people.js";

/** A thought record as its author sees it (and, once shared, as a clinician of the family may). */
export const feelingViewSchema = z.object({
  name: z.string(),
  intensity: z.number().describe("How strong the feeling was, 0–100"),
  after: z.number().nullable().describe("How strong it is after, 0–100; null until filled in"),
});
export type FeelingView = z.infer<typeof feelingViewSchema>;

export const thoughtRecordSchema = z.object({
  id: z.string(),
  familyId: z
    .string()
    .nullable()
    .describe(
      "The family it is kept with; null once that family was deleted (the record stays its author's)",
    ),
  situation: z.string().nullable(),
  automaticThought: z.string().nullable(),
  feelings: z.array(feelingViewSchema),
  evidenceFor: z.string().nullable(),
  evidenceAgainst: z.string().nullable(),
  balancedThought: z.string().nullable(),
  sharedWithClinicians: z
    .boolean()
    .describe(
      "The author lets a clinician the family shares with (thought records included) read it; false until they choose",
    ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ThoughtRecordView = z.infer<typeof thoughtRecordSchema>;
export const thoughtRecordPage = page(thoughtRecordSchema);

/** A record its author shared, as the family's clinician reads it in the case. */
export const sharedThoughtRecordSchema = thoughtRecordSchema.extend({
  author: personSchema.describe("The caregiver who wrote it"),
});
export type SharedThoughtRecord = z.infer<typeof sharedThoughtRecordSchema>;
export const sharedThoughtRecordPage = page(sharedThoughtRecordSchema);
