// The reply of an interaction-coding analysis (POST /api/coding/analysis), for the server and the coder screens.
import { z } from "zod";

const nullableNumber = z.number().nullable();

export const pairResultSchema = z.object({
  coder: z.string(),
  given: z.string(),
  target: z.string(),
  givenCount: z.number().int(),
  followed: z.number().int(),
  contingency: nullableNumber.describe("Share of given onsets answered within the window"),
  latency: z.object({ median: nullableNumber, mean: nullableNumber, values: z.array(z.number()) }),
  table: z.object({ a: z.number().int(), b: z.number().int(), c: z.number().int(), d: z.number().int() }),
  yulesQ: nullableNumber,
  oddsRatio: nullableNumber,
  adjustedResidual: nullableNumber,
});

export const timeBudgetSchema = z.object({
  coder: z.string(),
  code: z.string(),
  total: z.number(),
  share: z.number(),
  bouts: z.number().int(),
  meanBout: z.number(),
});

export const transitionsSchema = z.object({
  codes: z.array(z.string()),
  counts: z.array(z.array(z.number().int())),
  probabilities: z.array(z.array(z.number())),
});

export const agreementSchema = z.object({
  kappa: nullableNumber,
  units: z.number().int(),
  confusion: z.object({ labels: z.array(z.string()), counts: z.array(z.array(z.number().int())) }),
  points: z.object({
    tolerance: z.number(),
    agreements: z.number().int(),
    onlyA: z.number().int(),
    onlyB: z.number().int(),
  }),
});

export const analysisSchema = z.object({
  unit: z.number(),
  window: z.number(),
  pairs: z.array(pairResultSchema),
  budgets: z.array(timeBudgetSchema),
  transitions: z
    .record(z.string(), transitionsSchema)
    .describe("Lag-1 transitions between point events, per coder"),
  agreement: agreementSchema.optional().describe("With two coders: the first is A, the second B"),
});

export type CodingAnalysis = z.infer<typeof analysisSchema>;
