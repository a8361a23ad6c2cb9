import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { assignable } from "../../content/assignable.js";
import { type Locale, locales } from "../../domain/account.js";
import {
  ASSIGNMENT_NOTE_MAX,
  assignmentAnswers,
  assignmentKinds,
  REFLECTION_MAX,
} from "../../domain/assignment.js";
import { writeAuditOf } from "../clinician/write-audit.js";
import { HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { assignmentFamily } from "../policies/assignment.js";
import { caseClinician } from "../policies/case.js";
import { familyMember } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { assignmentSchema, assignmentView } from "../presenters/assignment.js";
import { caseListRoute } from "./case-list.js";
import { pagedById, readPage } from "./paging.js";
import { errorReplies, idParams, page, pageQuery } from "./schemas.js";

const kindWords = {
  article: "Learn article (its slug, e.g. attachment-quality-of-care)",
  cue_section: "cue-guide section (a group such as hunger, or a level such as hunger-late)",
  idea: "bonding idea (its id, e.g. skin-to-skin-chest)",
} as const;

/**
 * Assignments (domain/assignment.ts): a clinician sends the family something to read or try from the app's
 * own content; a caregiver marks it read or tried and may write back. The family keeps them after a share
 * ends; the clinician sees them, and the family's answers, only while the case is open.
 */
export const assignmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { assignments, preferences } = app.attune;
  const langOf = async (userId: string, asked?: Locale) => asked ?? (await preferences.get(userId)).locale;

  caseListRoute(app, {
    path: "/api/cases/:id/assignments",
    summary:
      "What this clinician has sent the family to read or try, newest first, with whether a caregiver read or tried it and their reflection",
    part: "assignments",
    item: assignmentSchema,
    paging: pagedById,
    rows: (open, window) => assignments.list({ caseId: open.id, ...window }),
    present: async (rows, _open, request) => {
      const lang = await langOf(actorOf(request).id);
      return rows.map((a) => assignmentView(a, lang));
    },
  });

  app.post(
    "/api/cases/:id/assignments",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "Send the family something to read or try: a Learn article (by slug), a cue-guide section (by id) or a bonding idea (by id), with an optional note",
          params: idParams,
          body: z
            .object({
              kind: z.enum(assignmentKinds),
              ref: z.string().trim().min(1).max(100),
              note: z
                .string()
                .trim()
                .max(ASSIGNMENT_NOTE_MAX, `keep the note under ${ASSIGNMENT_NOTE_MAX} characters`)
                .optional(),
            })
            .strict(),
          response: { 201: assignmentSchema, ...errorReplies },
        },
      },
      async (request, reply, { openCase: open }) => {
        const { kind, ref, note } = request.body;
        if (!assignable(kind, ref))
          throw new HttpError(
            400,
            "invalid_input",
            `ref: there is no ${kindWords[kind]} called "${ref}". Choose one the app offers.`,
            { field: "ref", kind, ref },
          );
        const made = await assignments.create(
          {
            caseId: open.id,
            familyId: open.familyId,
            clinicianId: actorOf(request).id,
            kind,
            ref,
            note: note || null,
          },
          writeAuditOf(request),
        );
        return reply.status(201).send(assignmentView(made, await langOf(actorOf(request).id)));
      },
    ),
  );

  app.get(
    "/api/families/:id/assignments",
    {
      config: { policy: familyMember },
      schema: {
        tags: ["families"],
        summary:
          "What the family's clinicians have sent them to read or try, newest first, titled in the reader's language, with where it is in the app. They stay the family's after a share ends",
        params: idParams,
        querystring: pageQuery.extend({
          lang: z.enum(locales).optional().describe("Default: the account's language"),
        }),
        response: { 200: page(assignmentSchema), ...errorReplies },
      },
    },
    async (request) => {
      const { items, nextCursor } = await readPage(pagedById, request.query, (window) =>
        assignments.list({ familyId: request.params.id, ...window }),
      );
      const lang = await langOf(actorOf(request).id, request.query.lang);
      return { items: items.map((a) => assignmentView(a, lang)), nextCursor };
    },
  );

  app.patch(
    "/api/assignments/:id",
    {
      config: { policy: assignmentFamily },
      schema: {
        tags: ["families"],
        summary:
          "A caregiver says how an assignment went: read or tried, and optionally a reflection for the clinician (an empty one clears it). Either caregiver may answer; the last answer stands",
        params: idParams,
        body: z
          .object({
            status: z.enum(assignmentAnswers),
            reflection: z
              .string()
              .trim()
              .max(REFLECTION_MAX, `keep the reflection under ${REFLECTION_MAX} characters`)
              .optional(),
          })
          .strict(),
        response: { 200: assignmentSchema, ...errorReplies },
      },
    },
    async (request) => {
      const { status, reflection } = request.body;
      const answered = await assignments.answer(
        request.params.id,
        { status, ...(reflection === undefined ? {} : { reflection }) },
        writeAuditOf(request),
      );
      if (!answered) throw notFound("assignment");
      return assignmentView(answered, await langOf(actorOf(request).id));
    },
  );
};
