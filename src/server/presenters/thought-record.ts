import { z } from "zod";
import type { ThoughtRecord } from "../../db/repositories/thought-records.js";

/** A thought record as its author sees it (and, once shared, as a clinician of the family may). */
export const feelingViewSchema = z.object({
  name: z.string(),
  intensity: z.number().describe("How strong the feeling was, 0–100"),
  after: z.number().nullable().describe("How strong it is after, 0–100; null until filled in"),
});

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

export function thoughtRecordView(r: ThoughtRecord): ThoughtRecordView {
  return {
    id: r.id,
    familyId: r.familyId,
    situation: r.situation,
    automaticThought: r.automaticThought,
    feelings: r.feelings.map((f) => ({ name: f.name, intensity: f.intensity, after: f.after })),
    evidenceFor: r.evidenceFor,
    evidenceAgainst: r.evidenceAgainst,
    balancedThought: r.balancedThought,
    sharedWithClinicians: r.sharedWithClinicians,
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}
