import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { OBSERVATION_MAX } from "../../domain/observation.js";
import { writeAuditOf } from "../clinician/write-audit.js";
import { HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { observationFamily } from "../policies/care-team.js";
import { caseClinician } from "../policies/case.js";
import { familyMember } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { observationSchema, observationView } from "../presenters/observation.js";
import { caseListRoute } from "./case-list.js";
import { pagedById, readPage } from "./paging.js";
import { errorReplies, idParams, page, pageQuery } from "./schemas.js";

const invalid = (message: string) => new HttpError(400, "invalid_input", message);

/**
 * Shared observations (domain/observation.ts says why they are strengths-based). A clinician writes them in
 * an open case; the family reads every clinician's, newest first, and keeps them after a share ends.
 */
export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { observations, babies, families } = app.attune;

  caseListRoute(app, {
    path: "/api/cases/:id/observations",
    summary:
      "The observations this clinician has shared with the family, newest first, with when they were seen",
    part: "observations",
    item: observationSchema,
    paging: pagedById,
    rows: (open, window) => observations.list({ caseId: open.id, ...window }),
    present: (rows) => rows.map(observationView),
  });

  app.post(
    "/api/cases/:id/observations",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "Share an observation with the family: a few strengths-based words about what you saw, optionally about one dyad (a baby and a caregiver of the family)",
          params: idParams,
          body: z
            .object({
              text: z
                .string()
                .trim()
                .min(1, "write what you noticed")
                .max(OBSERVATION_MAX, `keep it under ${OBSERVATION_MAX} characters`),
              babyId: z.string().min(1).max(100).optional(),
              caregiverId: z.string().min(1).max(100).optional(),
            })
            .strict(),
          response: { 201: observationSchema, ...errorReplies },
        },
      },
      async (request, reply, { openCase: open }) => {
        const { text, babyId, caregiverId } = request.body;
        // Unknown and another family's ids are answered alike, so nothing is learnt about other families.
        if (babyId && (await babies.get(babyId))?.familyId !== open.familyId)
          throw invalid(
            "babyId: that baby is not in this family. Choose one of the family's babies, or leave it out.",
          );
        if (caregiverId && !(await families.membership(open.familyId, caregiverId)))
          throw invalid(
            "caregiverId: that person is not a caregiver in this family. Choose one of the family's caregivers, or leave it out.",
          );
        const made = await observations.create(
          {
            caseId: open.id,
            familyId: open.familyId,
            clinicianId: actorOf(request).id,
            babyId: babyId ?? null,
            caregiverId: caregiverId ?? null,
            text,
          },
          writeAuditOf(request),
        );
        return reply.status(201).send(observationView(made));
      },
    ),
  );

  app.get(
    "/api/families/:id/observations",
    {
      config: { policy: familyMember },
      schema: {
        tags: ["families"],
        summary:
          "What the family's clinicians have observed and shared, from every clinician, newest first. They stay the family's after a share ends",
        params: idParams,
        querystring: pageQuery,
        response: { 200: page(observationSchema), ...errorReplies },
      },
    },
    async (request) => {
      const { items, nextCursor } = await readPage(pagedById, request.query, (window) =>
        observations.list({ familyId: request.params.id, ...window }),
      );
      return { items: items.map(observationView), nextCursor };
    },
  );

  app.post(
    "/api/observations/:id/seen",
    {
      config: { policy: observationFamily },
      schema: {
        tags: ["families"],
        summary:
          "Mark an observation seen, for the family (and its clinician) to know it was read. Marking it again changes nothing",
        params: idParams,
        body: z.object({}).strict().optional(),
        response: { 200: observationSchema, ...errorReplies },
      },
    },
    async (request) => {
      const seen = await observations.markSeen(request.params.id, actorOf(request).id);
      if (!seen) throw notFound("observation");
      return observationView(seen);
    },
  );
};
