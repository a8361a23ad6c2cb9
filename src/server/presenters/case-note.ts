import { z } from "zod";
import type { CaseNote } from "../../db/repositories/case-notes.js";
import { caseNoteKinds } from "../../domain/case-note.js";

const iso = (ms: number) => new Date(ms).toISOString();
const person = z.object({ id: z.string(), name: z.string() });

export const caseNoteSchema = z.object({
  id: z.string(),
  kind: z
    .enum(caseNoteKinds)
    .describe("progress: the record of the work; private: the clinician's own, never exported"),
  text: z.string(),
  author: person,
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable().describe("Set once signed: the text is locked and can only be amended"),
  amendments: z
    .array(z.object({ id: z.string(), author: person.nullable(), text: z.string(), createdAt: z.string() }))
    .describe("What was added after signing, oldest first"),
});
export type CaseNoteView = z.infer<typeof caseNoteSchema>;

export function caseNoteView(n: CaseNote): CaseNoteView {
  return {
    id: n.id,
    kind: n.kind,
    text: n.text,
    author: { id: n.authorId, name: n.authorName },
    createdAt: iso(n.createdAt),
    updatedAt: iso(n.updatedAt),
    signedAt: n.signedAt === null ? null : iso(n.signedAt),
    amendments: n.amendments.map((a) => ({
      id: a.id,
      author: a.author,
      text: a.text,
      createdAt: iso(a.createdAt),
    })),
  };
}
