import { notFound } from "../errors.js";
import { openCaseFor } from "./case.js";
import { loadingPolicy } from "./policy.js";
import { can } from "./rules.js";

/**
 * A note in a case is its author's alone: readable and writable only by the clinician who wrote it, and only
 * while the case is open to them (the family's share is active). To anyone else, and in any other case, the
 * note does not exist (404), like the case itself.
 */
/** The author of the note in :noteId, in the open case in :id. */
export const caseNoteAuthor = loadingPolicy(
  "case note: its author, while the case is shared",
  async (actor, request) => {
    const openCase = await openCaseFor(actor, request);
    const { noteId = "" } = request.params as { noteId?: string };
    const note = await request.server.attune.caseNotes.get(noteId);
    const inCase = { type: "caseNote", openCaseId: openCase.id } as const;
    if (!note || !can(actor, "use", { ...inCase, authorId: note.authorId, caseId: note.caseId }))
      throw notFound("note");
    return { openCase, note };
  },
);
