import { z } from "zod";

/**
 * A case formulation: the clinician's own understanding of one dyad (a caregiver and a baby of the family),
 * written in their own words under a few headings that dyadic and infant mental health work keeps coming back
 * to. What each half brings to the relationship is sorted out before the relationship itself, so that the
 * baby's part (temperament, a hard start in the NICU) is seen as the baby's, and the caregiver's part
 * (their own history, the "ghosts and angels" of their childhood: the frightening and the loving care they
 * received, which both echo in how they care now) as theirs.
 *
 * A formulation changes as the work goes on, so each save is a new version and none is overwritten: the
 * clinician can look back at how their thinking moved. It is clinician-only: never shown to the family.
 */
export const FORMULATION_FIELD_MAX = 4000;

/** The template's parts and their headings, in the order the form shows them. */
export const formulationTemplate = {
  caregiver: ["history", "supports", "stresses", "ghostsAndAngels"],
  baby: ["temperament", "health", "prematurity", "nicu"],
  relationship: ["strengths", "worries"],
  plan: ["goals"],
} as const;

export type FormulationPart = keyof typeof formulationTemplate;
export type FormulationContent = {
  [P in FormulationPart]: Record<(typeof formulationTemplate)[P][number], string>;
};

const field = z
  .string()
  .trim()
  .max(FORMULATION_FIELD_MAX, `keep each part under ${FORMULATION_FIELD_MAX} characters`)
  .optional();
const section = <K extends string>(keys: readonly K[]) =>
  z
    .object(Object.fromEntries(keys.map((k) => [k, field])) as Record<K, typeof field>)
    .strict()
    .optional();

/** What a save sends: any part may be left out (it is saved empty), nothing unknown is accepted. */
export const formulationInputSchema = z
  .object({
    caregiver: section(formulationTemplate.caregiver),
    baby: section(formulationTemplate.baby),
    relationship: section(formulationTemplate.relationship),
    plan: section(formulationTemplate.plan),
  })
  .strict();
export type FormulationInput = z.infer<typeof formulationInputSchema>;

/** Every heading present, empty where nothing was written: what is stored and what is read back. */
export function completeFormulation(input: FormulationInput | Record<string, unknown>): FormulationContent {
  const given = input as Record<string, Record<string, unknown> | undefined>;
  const out = {} as Record<string, Record<string, string>>;
  for (const [part, keys] of Object.entries(formulationTemplate)) {
    out[part] = {};
    for (const key of keys) {
      const value = given[part]?.[key];
      (out[part] as Record<string, string>)[key] = typeof value === "string" ? value : "";
    }
  }
  return out as FormulationContent;
}

/** True when nothing at all has been written: such a save would only add an empty version. */
export const isEmptyFormulation = (content: FormulationContent) =>
  Object.values(content).every((part) => Object.values(part).every((text) => text.trim() === ""));
