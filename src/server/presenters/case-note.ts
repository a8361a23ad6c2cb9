import { type CaseNote, caseNoteSchema } from "../../contract/case-file.js";
import type { CaseNote as CaseNoteRow } from "../../db/repositories/case-notes.js";

const iso = (ms: number) => new Date(ms).toISOString();

export { caseNoteSchema };

export function caseNoteView(n: CaseNoteRow): CaseNote {
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
