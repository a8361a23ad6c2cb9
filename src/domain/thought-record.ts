import { z } from "zod";

/**
 * A thought record: the worksheet of cognitive therapy (Beck; the seven columns of Greenberger & Padesky's
 * "Mind Over Mood", cited in src/content/thought-records.ts) that a caregiver fills in for themself. What
 * happened, the thought that came, the feelings with how strong each was (0–100), what supports the thought
 * and what does not, a kinder and more balanced thought, and how strong each feeling is after.
 *
 * It is the caregiver's own: nothing here scores, grades or judges it. A record can be saved half done (a
 * tired parent may only have the moment and the thought), so only one of those two is needed; the rest can
 * come later. Private by default; its author may mark one record shared, so that a clinician their family
 * shares with (with the thought-records scope) may read it.
 */
export const THOUGHT_TEXT_MAX = 2000;
export const FEELING_NAME_MAX = 60;
export const FEELINGS_MAX = 12;

const intensity = z
  .number("a number from 0 to 100")
  .int("a whole number from 0 to 100")
  .min(0, "a number from 0 to 100")
  .max(100, "a number from 0 to 100");

const text = z
  .string("words, or null to leave it empty")
  .max(THOUGHT_TEXT_MAX, `keep it under ${THOUGHT_TEXT_MAX} characters`)
  .nullable()
  .optional();

export const feelingSchema = z
  .object({
    name: z
      .string("name the feeling in a word or two")
      .trim()
      .min(1, "name the feeling in a word or two")
      .max(FEELING_NAME_MAX, `keep the feeling's name under ${FEELING_NAME_MAX} characters`),
    intensity: intensity.describe("How strong the feeling was, 0–100"),
    after: intensity
      .nullable()
      .optional()
      .describe("How strong it is after the balanced thought, 0–100; null until filled in"),
  })
  .strict();

/** What a record says, as a client sends it (the page and any offline outbox alike). */
export const thoughtRecordFields = {
  familyId: z
    .string("say which of your families the record is kept with (familyId)")
    .min(1, "say which of your families the record is kept with")
    .max(100)
    .describe(
      "One of the caller's families: a clinician that family shares with may read the record once it is shared",
    ),
  situation: text.describe("What was happening: where, when, who with"),
  automaticThought: text.describe("The thought (or picture) that came"),
  feelings: z
    .array(feelingSchema)
    .max(FEELINGS_MAX, `list at most ${FEELINGS_MAX} feelings`)
    .describe("Each feeling with how strong it was, and how strong it is after"),
  evidenceFor: text.describe("What supports the thought"),
  evidenceAgainst: text.describe("What does not fit the thought"),
  balancedThought: text.describe("A kinder, more balanced thought that takes in all of it"),
  sharedWithClinicians: z
    .boolean("true or false")
    .describe(
      "Let a clinician the family shares with (thought records included) read this record. Default false",
    ),
};

export const thoughtRecordInputSchema = z
  .object({
    id: z
      .uuid("id must be a UUID, made once on the device for this record")
      .optional()
      .describe(
        "Made once on the device, so that sending the record again stores it once: the same id and words answer 200 with the record kept then",
      ),
    ...thoughtRecordFields,
    feelings: thoughtRecordFields.feelings.default([]),
    sharedWithClinicians: thoughtRecordFields.sharedWithClinicians.default(false),
  })
  .strict();
export type ThoughtRecordInput = z.infer<typeof thoughtRecordInputSchema>;

/** A change: any of the fields, only those given change. */
export const thoughtRecordChangeSchema = z
  .object(thoughtRecordFields)
  .partial()
  .strict()
  .refine((change) => Object.keys(change).length > 0, {
    message: `say what to change: one or more of ${Object.keys(thoughtRecordFields).join(", ")}`,
  });
export type ThoughtRecordChange = z.infer<typeof thoughtRecordChangeSchema>;

export interface Feeling {
  name: string;
  intensity: number;
  /** Null until the caregiver comes back to it. */
  after: number | null;
}

/** A record's words and choices, tidied: text trimmed, blank text as null. */
export interface ThoughtRecordContent {
  /** Null when the family it was kept with has been deleted: it is then shared with no clinician. */
  familyId: string | null;
  situation: string | null;
  automaticThought: string | null;
  feelings: Feeling[];
  evidenceFor: string | null;
  evidenceAgainst: string | null;
  balancedThought: string | null;
  sharedWithClinicians: boolean;
}

export const thoughtRecordTextFields = [
  "situation",
  "automaticThought",
  "evidenceFor",
  "evidenceAgainst",
  "balancedThought",
] as const;

export type ThoughtRecordCheck =
  | { ok: true; record: ThoughtRecordContent }
  | { ok: false; problems: string[] };

const tidy = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

type Draft = Omit<ThoughtRecordContent, "feelings" | (typeof thoughtRecordTextFields)[number]> & {
  [K in (typeof thoughtRecordTextFields)[number]]?: string | null | undefined;
} & {
  feelings: readonly { name: string; intensity: number; after?: number | null | undefined }[];
};

/**
 * Everything about a record that can be checked without the database. A record needs something to come
 * back to (the moment or the thought), and names each feeling once; the rest may be filled in later.
 */
export function checkThoughtRecord(draft: Draft): ThoughtRecordCheck {
  const record: ThoughtRecordContent = {
    familyId: draft.familyId,
    situation: tidy(draft.situation),
    automaticThought: tidy(draft.automaticThought),
    feelings: draft.feelings.map((f) => ({
      name: f.name.trim(),
      intensity: f.intensity,
      after: f.after ?? null,
    })),
    evidenceFor: tidy(draft.evidenceFor),
    evidenceAgainst: tidy(draft.evidenceAgainst),
    balancedThought: tidy(draft.balancedThought),
    sharedWithClinicians: draft.sharedWithClinicians,
  };
  const problems: string[] = [];
  if (!record.situation && !record.automaticThought)
    problems.push(
      "write the situation or the thought that came (or both), so the record has something to come back to",
    );
  const seen = new Set<string>();
  for (const [i, feeling] of record.feelings.entries()) {
    const key = feeling.name.toLocaleLowerCase();
    if (seen.has(key))
      problems.push(`feelings.${i}.name: "${feeling.name}" is listed already; name each feeling once`);
    seen.add(key);
  }
  return problems.length ? { ok: false, problems } : { ok: true, record };
}

/**
 * Whether a record sent again under the same id is the one already kept (a retry after a lost reply)
 * rather than another record wrongly given that id. Compared as tidied, so spaces around the words do not
 * count; the feelings in order.
 */
export function sameThoughtRecord(a: ThoughtRecordContent, b: ThoughtRecordContent): boolean {
  if (a.familyId !== b.familyId || a.sharedWithClinicians !== b.sharedWithClinicians) return false;
  if (thoughtRecordTextFields.some((field) => a[field] !== b[field])) return false;
  if (a.feelings.length !== b.feelings.length) return false;
  return a.feelings.every((f, i) => {
    const g = b.feelings[i];
    return g !== undefined && f.name === g.name && f.intensity === g.intensity && f.after === g.after;
  });
}

/** The names of the fields that differ between two versions of a record (for the audit trail: never the words). */
export function changedFields(before: ThoughtRecordContent, after: ThoughtRecordContent): string[] {
  const changed: string[] = [];
  if (before.familyId !== after.familyId) changed.push("familyId");
  for (const field of thoughtRecordTextFields) if (before[field] !== after[field]) changed.push(field);
  const feelingsOf = (r: ThoughtRecordContent) => JSON.stringify(r.feelings);
  if (feelingsOf(before) !== feelingsOf(after)) changed.push("feelings");
  if (before.sharedWithClinicians !== after.sharedWithClinicians) changed.push("sharedWithClinicians");
  return changed;
}
