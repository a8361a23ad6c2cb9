import { z } from "zod";
import type { DyadFormulation, FormulationVersion } from "../../db/repositories/formulations.js";
import { formulationTemplate } from "../../domain/formulation.js";

const person = z.object({ id: z.string(), name: z.string() });
const section = (keys: readonly string[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.string()])));

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
  author: person.nullable().describe("Who saved it; null if their account has since been closed"),
  savedAt: z.string(),
});

export const dyadFormulationSchema = z.object({
  caregiver: person,
  baby: person,
  latest: formulationVersionSchema,
  versions: z.number().int().describe("How many versions this dyad's formulation has"),
});

export function formulationVersionView(v: FormulationVersion): z.infer<typeof formulationVersionSchema> {
  return {
    id: v.id,
    caregiverId: v.caregiverId,
    babyId: v.babyId,
    version: v.version,
    content: v.content,
    author: v.author,
    savedAt: new Date(v.savedAt).toISOString(),
  };
}

export function dyadFormulationView(d: DyadFormulation): z.infer<typeof dyadFormulationSchema> {
  return {
    caregiver: d.caregiver,
    baby: d.baby,
    latest: formulationVersionView(d.latest),
    versions: d.versions,
  };
}
