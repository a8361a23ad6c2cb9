import type { FastifyRequest } from "fastify";
import type { CaseNote } from "../../db/repositories/case-notes.js";
import { notFound } from "../errors.js";
import { caseClinician } from "./case.js";
import { policy } from "./policy.js";
import { can } from "./rules.js";

/**
 * A note in a case is its author's alone: readable and writable only by the clinician who wrote it, and only
 * while the case is open to them (the family's share is active). To anyone else, and in any other case, the
 * note does not exist (404), like the case itself.
 */
declare module "fastify" {
  interface FastifyRequest {
    caseNote?: CaseNote;
  }
}

const openCase = caseClinician();

/** The author of the note in :noteId, in the open case in :id. */
export const caseNoteAuthor = policy(
  "case note: its author, while the case is shared",
  async (actor, request) => {
    await openCase.allows(actor, request);
    const { noteId = "" } = request.params as { noteId?: string };
    const note = await request.server.attune.caseNotes.get(noteId);
    const inCase = { type: "caseNote", openCaseId: request.openCase?.id } as const;
    if (!note || !can(actor, "use", { ...inCase, authorId: note.authorId, caseId: note.caseId }))
      throw notFound("note");
    request.caseNote = note;
    return true;
  },
);

export const caseNoteOf = (request: FastifyRequest) => {
  if (!request.caseNote) throw notFound("note");
  return request.caseNote;
};
