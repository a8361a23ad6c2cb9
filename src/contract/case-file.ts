import { z } from "zod";
import { caseNoteKinds } from "../domain/case-note.js";
import { formulationTemplate } from "../domain/formulation.js";
import { page } from "./page.js";
import { personSchema } from "./people.js";

/**
 * The clinician's own writing in a case: the formulation (versioned, per dyad) and notes (progress or
 * private; signed notes are amended, never edited). Clinician-only.
 */
const section = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.string()])) as Record<K, z.ZodString>);

export const formulationContentSchema = z
  .object({
    caregiver: section(formulationTemplate.caregiver).describe(
      "What the caregiver brings: history, supports, stresses, ghostsAndAngels (their own childhood's frightening and loving care)",
    ),
    baby: section(formulationTemplate.baby).describe(
      "What the baby brings: temperament, health, prematurity, nicu",
    ),
    relationship: section(formulationTemplate.relationship).describe("The relationship: strengths, worries"),
    plan: section(formulationTemplate.plan).describe("goals"),
  })
  .describe("The clinician's own words under each heading; empty where nothing was written");

export const formulationVersionSchema = z.object({
  id: z.string(),
  caregiverId: z.string(),
  babyId: z.string(),
  version: z
    .number()
    .int()
    .describe("1 for the first save of this dyad's formulation, then one more per save"),
  content: formulationContentSchema,
  author: personSchema.nullable().describe("Who saved it; null if their account has since been closed"),
  savedAt: z.string(),
});
export type FormulationVersion = z.infer<typeof formulationVersionSchema>;
export const formulationVersionPage = page(formulationVersionSchema);

export const dyadFormulationSchema = z.object({
  caregiver: personSchema,
  baby: personSchema,
  latest: formulationVersionSchema,
  versions: z.number().int().describe("How many versions this dyad's formulation has"),
});
export type DyadFormulation = z.infer<typeof dyadFormulationSchema>;
export const dyadFormulationsReply = z.object({ items: z.array(dyadFormulationSchema) });

export const caseNoteSchema = z.object({
  id: z.string(),
  kind: z
    .enum(caseNoteKinds)
    .describe("progress: the record of the work; private: the clinician's own, never exported"),
  text: z.string(),
  author: personSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable().describe("Set once signed: the text is locked and can only be amended"),
  amendments: z
    .array(
      z.object({ id: z.string(), author: personSchema.nullable(), text: z.string(), createdAt: z.string() }),
    )
    .describe("What was added after signing, oldest first"),
});
export type CaseNote = z.infer<typeof caseNoteSchema>;
export const caseNotePage = page(caseNoteSchema);
