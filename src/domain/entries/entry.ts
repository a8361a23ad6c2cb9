import { z } from "zod";
import { detailSchemas } from "./details.js";
import { timingProblems } from "./rules.js";
import { cues, entryTypes, moments } from "./vocabulary.js";

const isoDateTime = z.iso.datetime({
  offset: true,
  error: "must be an ISO 8601 date-time such as 2026-11-22T14:30:00Z",
});

/**
 * An entry as a client sends it (the API and the offline outbox alike). The id is minted by the client so
 * that a retried or duplicated push is stored once. Details are checked against the entry's type.
 */
export const entryInputSchema = z
  .object({
    id: z.uuid().optional(),
    type: z.enum(entryTypes),
    startedAt: isoDateTime,
    endedAt: isoDateTime.nullable().optional(),
    details: z.record(z.string(), z.unknown()).default({}),
    moments: z.array(z.enum(moments)).max(moments.length).default([]),
    cues: z.array(z.enum(cues)).max(cues.length).default([]),
    /** How connected the caregiver felt, 1–5; private to them unless they share it. */
    feeling: z.number().int().min(1).max(5).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();
export type EntryInput = z.infer<typeof entryInputSchema>;

export interface ValidEntry {
  id: string | undefined;
  type: EntryInput["type"];
  startedAt: number;
  endedAt: number | null;
  details: Record<string, unknown>;
  moments: string[];
  cues: string[];
  feeling: number | null;
  note: string | null;
}

export type EntryCheck = { ok: true; entry: ValidEntry } | { ok: false; problems: string[] };

/** Everything about an entry that can be checked without the database: details by type, and its times. */
export function checkEntry(input: EntryInput, now: number): EntryCheck {
  const problems: string[] = [];
  const details = detailSchemas[input.type].safeParse(input.details);
  if (!details.success) {
    for (const issue of details.error.issues) {
      const path = ["details", ...issue.path.map(String)].join(".");
      problems.push(`${path}: ${issue.message}`);
    }
  }
  const startedAt = Date.parse(input.startedAt);
  const endedAt = input.endedAt ? Date.parse(input.endedAt) : null;
  problems.push(...timingProblems({ type: input.type, startedAt, endedAt }, now));
  if (!details.success || problems.length) return { ok: false, problems };
  return {
    ok: true,
    entry: {
      id: input.id,
      type: input.type,
      startedAt,
      endedAt,
      details: details.data as Record<string, unknown>,
      moments: [...new Set(input.moments)],
      cues: [...new Set(input.cues)],
      feeling: input.feeling ?? null,
      note: input.note?.trim() ? input.note.trim() : null,
    },
  };
}
