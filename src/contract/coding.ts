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

// ── Coding sessions in the case file (/api/cases/:id/coding-sessions) ──────────────────────────────────

export const codingModes = ["live", "video"] as const;

export const codingSessionSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  babyId: z.string().nullable(),
  title: z.string(),
  mode: z.enum(codingModes),
  schemeId: z.string().describe('"default", or one of your own schemes'),
  duration: z.number().nullable().describe("Seconds; null while a live session is still being coded"),
  video: z
    .object({ name: z.string(), duration: z.number().nullable(), sha256: z.string().nullable() })
    .nullable()
    .describe("The local file coded (never uploaded): its name, duration and SHA-256"),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type CodingSessionView = z.infer<typeof codingSessionSchema>;

export const storedEventSchema = z.object({
  id: z.string(),
  coderId: z.string(),
  code: z.string(),
  at: z.number(),
  end: z.number().nullable(),
  modifier: z.string().nullable(),
});

export const codingSessionDetailSchema = codingSessionSchema.extend({
  coders: z
    .array(z.string())
    .describe("Who coded it (a clinician's id, or a pass's label), first coded first"),
  events: z.array(storedEventSchema).describe("In time order"),
});

export const eventBatchReplySchema = z.object({
  added: z.number().int().describe("Events new to the session"),
  alreadyStored: z.number().int().describe("Events the session already had (a batch sent again)"),
  total: z.number().int(),
});

export const sessionAnalysisSchema = analysisSchema.extend({
  duration: z.number().describe("T, in seconds: the session's, the video's, or the last coded moment"),
  coders: z.array(z.string()),
  caution: z.string().describe("To show beside any contingency figure"),
});
