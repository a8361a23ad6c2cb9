import { z } from "zod";
import type { Screening } from "../../db/repositories/screenings.js";
import type { Locale } from "../../domain/account.js";
import { criteriaFindings } from "../../domain/screening/criteria-shape.js";
import { safetyFlagTypes } from "../../domain/screening/definition.js";
import { localize } from "./localize.js";

/** A stored screening as its owner sees it; band labels and meanings in the asked language. */
export const subjectSchema = z.union([z.literal("self"), z.object({ babyId: z.string() })]);

export const flagSchema = z.object({ type: z.enum(safetyFlagTypes), item: z.string() });

export const sharingSchema = z
  .object({
    visitSummary: z.boolean().describe("Shown in my visit summary"),
    clinicians: z
      .boolean()
      .describe("A clinician my family shares with may see it (nothing is shared until the family shares)"),
  })
  .describe("Who else sees this result: the person who answered chooses; both start false");

export const screeningSchema = z.object({
  id: z.string(),
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  subject: subjectSchema,
  lang: z.string().describe("The language the screening was answered in"),
  completedAt: z.string(),
  total: z.number(),
  subscales: z.record(z.string(), z.number()),
  bands: z
    .array(
      z.object({
        scale: z.string().describe('"total" or a subscale key'),
        key: z.string(),
        label: z.string(),
        meaning: z.string().describe("What the source says a score here indicates. Never a diagnosis"),
        citation: z.string(),
      }),
    )
    .describe("Empty for reflection-only instruments"),
  flags: z.array(flagSchema).describe("Safety answers, checked apart from the total and before banding"),
  criteria: z
    .object({ ...criteriaFindings, specifiers: z.array(z.string()) })
    .optional()
    .describe("Counted criteria (City BiTS): which the answers meet. Not a diagnosis"),
  sharing: sharingSchema,
});

export const answerSchema = z.object({ item: z.string(), option: z.number(), score: z.number() });

export function screeningView(s: Screening, lang: Locale): z.infer<typeof screeningSchema> {
  return {
    id: s.id,
    instrumentId: s.instrumentId,
    instrumentVersion: s.instrumentVersion,
    subject: s.babyId ? { babyId: s.babyId } : "self",
    lang: s.lang,
    completedAt: new Date(s.completedAt).toISOString(),
    total: s.total,
    subscales: s.subscales,
    bands: s.bands.map((b) => ({
      scale: b.scale,
      key: b.key,
      label: localize(b.label, lang),
      meaning: localize(b.meaning, lang),
      citation: b.citation,
    })),
    flags: s.flags,
    ...(s.criteria ? { criteria: s.criteria } : {}),
    sharing: s.sharing,
  };
}
