import { z } from "zod";
import { helpRegions } from "../content/help/emergency.js";
import { locales } from "../domain/account.js";

/**
 * "My baby is crying": warning signs first, the likely reasons ranked from the log, ways to soothe (what
 * helped before first), words for the caregiver and the region's numbers. The server answers with it, and
 * the web builds the same shape from its bundled content when the server cannot be reached
 * (crying-reply.ts builds both).
 */
const why = z.object({ code: z.string(), values: z.record(z.string(), z.number()) });
const sourceKeys = z.array(z.string()).describe("Keys into the content sources (src/content/sources.ts)");

export const cryingReplySchema = z.object({
  lang: z.enum(locales),
  region: z.enum(helpRegions),
  age: z.object({ days: z.number(), correctedDays: z.number(), estimated: z.boolean() }),
  redFlags: z
    .array(
      z.object({
        key: z.string(),
        text: z.string(),
        action: z.enum(["emergency", "call_doctor"]),
        urgent: z.boolean().describe("Raised by the log itself (a logged fever): show first, prominently"),
        phone: z
          .string()
          .nullable()
          .describe("Emergency number, or for call_doctor the region's advice line; null: your own doctor"),
        why: why.nullable(),
        whyText: z.string().nullable(),
        sources: sourceKeys,
      }),
    )
    .describe("Warning signs: any raised by the log first, then the checklist"),
  reasons: z.array(
    z.object({
      key: z.string(),
      rank: z.number(),
      title: z.string(),
      why,
      whyText: z.string().describe("The why in plain English"),
      sources: sourceKeys,
    }),
  ),
  soothing: z.object({
    helpedBefore: z.array(
      z.object({
        method: z.string(),
        count: z.number(),
        lastAt: z.string(),
        suggestion: z.string().nullable(),
        text: z.string().nullable(),
      }),
    ),
    suggestions: z.array(
      z.object({
        key: z.string(),
        text: z.string(),
        forReasons: z.array(z.string()),
        helpedBefore: z.number(),
        sources: sourceKeys,
      }),
    ),
  }),
  forCaregiver: z.array(z.object({ key: z.string(), text: z.string(), sources: sourceKeys })),
  help: z.object({
    region: z.enum(helpRegions),
    emergency: z.string(),
    alsoEmergency: z.array(z.string()),
    nonUrgentMedical: z
      .object({ number: z.string(), name: z.string(), note: z.string().nullable() })
      .nullable(),
    sources: sourceKeys,
  }),
});

export type CryingReply = z.infer<typeof cryingReplySchema>;
/** Why a reason ranks where it does, as a code and numbers the web phrases in the reader's language. */
export type CryingWhy = z.infer<typeof why>;
export type RedFlagView = CryingReply["redFlags"][number];
export type ReasonView = CryingReply["reasons"][number];
export type HelpedBeforeView = CryingReply["soothing"]["helpedBefore"][number];
export type SuggestionView = CryingReply["soothing"]["suggestions"][number];
export type HelpNumbers = CryingReply["help"];
