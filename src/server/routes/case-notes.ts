import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { CaseNote, NoteRefusal } from "../../db/repositories/case-notes.js";
import { AMENDMENT_MAX, CASE_NOTE_MAX, caseNoteKinds } from "../../domain/case-note.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { writeAuditOf } from "../clinician/write-audit.js";
import { conflict } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { caseClinician } from "../policies/case.js";
import { caseNoteAuthor } from "../policies/case-note.js";
import { guarded } from "../policies/loaded.js";
import { caseNoteSchema, caseNoteView } from "../presenters/case-note.js";
import { caseListRoute } from "./case-list.js";
import { pagedById } from "./paging.js";
import { errorReplies, errorSchema, idParams, pageQuery } from "./schemas.js";

const noteParams = idParams.extend({ noteId: z.string().min(1).max(100) });
const noteText = z
  .string()
  .trim()
  .min(1, "write the note first")
  .max(CASE_NOTE_MAX, `keep a note under ${CASE_NOTE_MAX} characters, or split it in two`);

const signedSince = (note: CaseNote) =>
  note.signedAt ? ` on ${new Date(note.signedAt).toISOString().slice(0, 10)}` : "";

/** What a refused change tells the clinician to do instead. */
function refused(refusal: NoteRefusal, note: CaseNote): never {
  if (refusal === "signed")
    throw conflict(
      "note_signed",
      `This note was signed${signedSince(note)} and is locked: add an amendment instead (POST …/amendments).`,
    );
  throw conflict(
    "note_not_signed",
    "This note is not signed yet, so there is nothing to amend: edit it directly, or sign it first.",
  );
}

const done = (result: CaseNote | NoteRefusal, note: CaseNote) =>
  typeof result === "string" ? refused(result, note) : caseNoteView(result);

/**
 * A clinician's notes in a case (domain/case-note.ts): progress and private notes, listed apart; signing locks a
 * note, after which it can only be amended. Only their author reads or writes them, and only while the case is
 * open. Each read and each write is in the family's access log (that it happened, never the text).
 */
export const caseNoteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { caseNotes } = app.attune;

  caseListRoute(app, {
    path: "/api/cases/:id/notes",
    summary:
      "Your notes in this case, newest first: progress notes, or with kind=private your private notes (kept apart, never exported)",
    part: "notes",
    item: caseNoteSchema,
    query: pageQuery.extend({ kind: z.enum(caseNoteKinds).default("progress") }).strict(),
    paging: pagedById,
    rows: (open, window, { kind }, request) =>
      caseNotes.list({ caseId: open.id, authorId: actorOf(request).id, kind, ...window }),
    present: (rows) => rows.map(caseNoteView),
  });

  app.post(
    "/api/cases/:id/notes",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "Write a note: progress (the record of the work; can be signed) or private (your own, never exported)",
          params: idParams,
          body: z.object({ kind: z.enum(caseNoteKinds), text: noteText }).strict(),
          response: { 201: caseNoteSchema, ...errorReplies },
        },
      },
      async (request, reply, { openCase: open }) => {
        const made = await caseNotes.create(
          { caseId: open.id, familyId: open.familyId, authorId: actorOf(request).id, ...request.body },
          writeAuditOf(request),
        );
        return reply.status(201).send(caseNoteView(made));
      },
    ),
  );

  app.get(
    "/api/cases/:id/notes/:noteId",
    guarded(
      caseNoteAuthor,
      {
        schema: {
          tags: ["cases"],
          summary: "One of your notes, with its amendments",
          params: noteParams,
          response: { 200: caseNoteSchema, ...errorReplies },
        },
      },
      async (request, _reply, { openCase, note }) => {
        await auditCaseRead(request, openCase, "notes");
        return caseNoteView(note);
      },
    ),
  );

  app.patch(
    "/api/cases/:id/notes/:noteId",
    guarded(
      caseNoteAuthor,
      {
        schema: {
          tags: ["cases"],
          summary:
            "Change a note that is not signed yet (its text or kind). A signed note answers 409: amend it instead",
          params: noteParams,
          body: z
            .object({ text: noteText.optional(), kind: z.enum(caseNoteKinds).optional() })
            .strict()
            .refine(
              (b) => b.text !== undefined || b.kind !== undefined,
              "send the new text, the new kind, or both",
            ),
          response: { 200: caseNoteSchema, 409: errorSchema, ...errorReplies },
        },
      },
      async (request, _reply, { note }) => {
        if (note.signedAt !== null) refused("signed", note);
        const { text, kind } = request.body;
        const change = { ...(text !== undefined ? { text } : {}), ...(kind !== undefined ? { kind } : {}) };
        return done(await caseNotes.edit(note, change, writeAuditOf(request)), note);
      },
    ),
  );

  app.post(
    "/api/cases/:id/notes/:noteId/sign",
    guarded(
      caseNoteAuthor,
      {
        schema: {
          tags: ["cases"],
          summary: "Sign a note: it is locked from then on, and can only be amended",
          params: noteParams,
          body: z.object({}).strict().optional(),
          response: { 200: caseNoteSchema, 409: errorSchema, ...errorReplies },
        },
      },
      async (request, _reply, { note }) => {
        if (note.signedAt !== null)
          throw conflict(
            "note_already_signed",
            `This note was already signed${signedSince(note)}. Nothing changed.`,
          );
        const result = await caseNotes.sign(note, writeAuditOf(request));
        if (result === "signed")
          throw conflict("note_already_signed", "This note was already signed. Nothing changed.");
        return done(result, note);
      },
    ),
  );

  app.post(
    "/api/cases/:id/notes/:noteId/amendments",
    guarded(
      caseNoteAuthor,
      {
        schema: {
          tags: ["cases"],
          summary:
            "Add an amendment to a signed note: the original stays as it was signed, and the amendment follows it with its author and time",
          params: noteParams,
          body: z
            .object({
              text: z
                .string()
                .trim()
                .min(1, "write the amendment first")
                .max(AMENDMENT_MAX, `keep an amendment under ${AMENDMENT_MAX} characters`),
            })
            .strict(),
          response: { 201: caseNoteSchema, 409: errorSchema, ...errorReplies },
        },
      },
      async (request, reply, { note }) => {
        if (note.signedAt === null) refused("not_signed", note);
        const result = await caseNotes.amend(
          note,
          { authorId: actorOf(request).id, text: request.body.text },
          writeAuditOf(request),
        );
        return reply.status(201).send(done(result, note));
      },
    ),
  );
};
