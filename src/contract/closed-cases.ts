import { z } from "zod";
import { formulationContentSchema } from "./case-file.js";

/**
 * A clinician's closed cases: their own notes and formulations, kept after the family behind a case deleted
 * its data. Nothing of the family is in them.
 */
export const closedCaseReasons = [
  "family_erased",
  "family_deleted",
  "caregiver_erased",
  "baby_deleted",
] as const;
export type ClosedCaseReason = (typeof closedCaseReasons)[number];

export const closedCaseSchema = z.object({
  id: z.string().describe("The case's own id when the whole family went; a new id otherwise"),
  reason: z
    .enum(closedCaseReasons)
    .describe(
      "family_erased: the family's last caregiver deleted their account; family_deleted: its owner deleted the family; caregiver_erased: a caregiver in an open case deleted their account (their formulations are kept here); baby_deleted: a baby was deleted (its formulations are kept here)",
    ),
  openedAt: z.string(),
  closedAt: z.string(),
  notes: z.number().int(),
  formulations: z.number().int(),
});
export type ClosedCase = z.infer<typeof closedCaseSchema>;
export const closedCasesReply = z.object({ items: z.array(closedCaseSchema) });

export const closedCaseRecordSchema = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    kind: z.literal("note"),
    createdAt: z.string(),
    note: z.object({
      kind: z.string().describe("progress or private"),
      text: z.string(),
      updatedAt: z.string(),
      signedAt: z.string().nullable(),
      amendments: z.array(z.object({ text: z.string(), createdAt: z.string() })),
    }),
  }),
  z.object({
    id: z.string(),
    kind: z.literal("formulation"),
    createdAt: z.string(),
    formulation: z.object({
      dyad: z.number().int().describe("Which dyad of the case, numbered in the order first written about"),
      version: z.number().int(),
      parts: formulationContentSchema,
    }),
  }),
]);
export type ClosedCaseRecord = z.infer<typeof closedCaseRecordSchema>;
export const closedCaseReply = closedCaseSchema.extend({ records: z.array(closedCaseRecordSchema) });
