import { z } from "zod";
import { assignable } from "../../content/assignable.js";
import type { Assignment } from "../../db/repositories/assignments.js";
import type { Locale } from "../../domain/account.js";
import { assignmentKinds, assignmentStatuses } from "../../domain/assignment.js";

const person = z.object({ id: z.string(), name: z.string() });

export const assignmentSchema = z.object({
  id: z.string(),
  clinician: person.nullable().describe("Who sent it; null if their account has since been closed"),
  kind: z.enum(assignmentKinds),
  ref: z.string().describe("The article's slug, the cue-guide section's id or the idea's id"),
  title: z.string().describe("In the reader's language: an article's or section's title, an idea's words"),
  summary: z
    .string()
    .describe("One line more: the article's summary, the section's introduction, why an idea helps"),
  path: z
    .string()
    .nullable()
    .describe(
      "Where it lives in the app (/guide/learn/…, /guide/cues#…); null for an idea, shown whole here",
    ),
  note: z.string().nullable().describe("The clinician's covering note"),
  status: z.enum(assignmentStatuses),
  statusAt: z.string().nullable(),
  answeredBy: person.nullable().describe("The caregiver who marked it read or tried"),
  reflection: z.string().nullable().describe("What the caregiver wrote back, if anything"),
  createdAt: z.string(),
});
export type AssignmentView = z.infer<typeof assignmentSchema>;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function assignmentView(a: Assignment, lang: Locale): AssignmentView {
  // Content is shipped with the app and ids are never renamed; if one were, the assignment still reads.
  const content = assignable(a.kind, a.ref);
  return {
    id: a.id,
    clinician: a.clinician,
    kind: a.kind,
    ref: a.ref,
    title: content?.title[lang] ?? a.ref,
    summary: content?.summary[lang] ?? "",
    path: content?.path ?? null,
    note: a.note,
    status: a.status,
    statusAt: iso(a.statusAt),
    answeredBy: a.answeredBy,
    reflection: a.reflection,
    createdAt: new Date(a.createdAt).toISOString(),
  };
}
