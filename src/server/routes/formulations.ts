import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { OpenCase } from "../../db/repositories/cases.js";
import type { FormulationVersion } from "../../db/repositories/formulations.js";
import { completeFormulation, formulationInputSchema, isEmptyFormulation } from "../../domain/formulation.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { writeAuditOf } from "../clinician/write-audit.js";
import type { AppContext } from "../context.js";
import { HttpError, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { caseClinician } from "../policies/case.js";
import { guarded } from "../policies/loaded.js";
import {
  dyadFormulationSchema,
  dyadFormulationView,
  formulationVersionSchema,
  formulationVersionView,
} from "../presenters/formulation.js";
import { caseListRoute } from "./case-list.js";
import type { Paging } from "./paging.js";
import { errorReplies, errorSchema, idParams, pageQuery } from "./schemas.js";

const personId = z.string().min(1).max(100);

/** A dyad's versions page by their number: the next page is the versions before the last one seen. */
const byVersion: Paging<FormulationVersion, { before: number }> = {
  from: (cursor) => ({ before: Number(cursor) }),
  cursorOf: (v) => String(v.version),
};

/** Is this caregiver with this baby a dyad of the case's family? Unknown ids and another family's alike: no. */
async function isDyadOf(ctx: AppContext, open: OpenCase, caregiverId: string, babyId: string) {
  const [baby, member] = await Promise.all([
    ctx.babies.get(babyId),
    ctx.families.membership(open.familyId, caregiverId),
  ]);
  return baby?.familyId === open.familyId && Boolean(member);
}

/**
 * The case formulation (domain/formulation.ts): per dyad, versioned, clinician-only. Reading it needs only an
 * open case, like every part the clinician writes themself; each read is in the family's access log (that it
 * was read, never what it says), and so is each save.
 */
export const formulationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.attune;
  const { formulations } = ctx;

  app.get(
    "/api/cases/:id/formulation",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "The case formulation: for each dyad (a caregiver and a baby of the family) that has one, its latest version and how many versions there are. Clinician-only",
          params: idParams,
          response: { 200: z.object({ items: z.array(dyadFormulationSchema) }), ...errorReplies },
        },
      },
      async (request, _reply, { openCase: open }) => {
        const items = await formulations.latest(open.id);
        await auditCaseRead(request, open, "formulation");
        return { items: items.map(dyadFormulationView) };
      },
    ),
  );

  caseListRoute(app, {
    path: "/api/cases/:id/formulation/versions",
    summary:
      "Every saved version of one dyad's formulation, newest first; paged by the version number in nextCursor",
    part: "formulation",
    item: formulationVersionSchema,
    query: pageQuery
      .extend({
        caregiverId: personId,
        babyId: personId,
        cursor: z.string().regex(/^\d+$/, "use the nextCursor of the previous page").max(12).optional(),
      })
      .strict(),
    paging: byVersion,
    rows: async (open, window, { caregiverId, babyId }) => {
      if (!(await isDyadOf(ctx, open, caregiverId, babyId)))
        throw notFound("caregiver_and_baby_in_this_family");
      return formulations.versions({ caseId: open.id, caregiverId, babyId }, window);
    },
    present: (rows) => rows.map(formulationVersionView),
  });

  app.put(
    "/api/cases/:id/formulation",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "Save a dyad's formulation as a new version (older versions are kept). Send the version you started from as baseVersion (0 for the first); if someone saved since, nothing is saved and the answer is 409",
          params: idParams,
          body: z
            .object({
              caregiverId: personId,
              babyId: personId,
              baseVersion: z
                .number()
                .int()
                .min(0)
                .describe("The version this edit started from; 0 when there was none"),
              content: formulationInputSchema,
            })
            .strict(),
          response: { 200: formulationVersionSchema, 409: errorSchema, ...errorReplies },
        },
      },
      async (request, _reply, { openCase: open }) => {
        const { caregiverId, babyId, baseVersion } = request.body;
        if (!(await isDyadOf(ctx, open, caregiverId, babyId)))
          throw new HttpError(
            400,
            "invalid_input",
            "caregiverId and babyId must be a caregiver and a baby of this case's family. Choose the dyad from the case's overview.",
          );
        const content = completeFormulation(request.body.content);
        if (isEmptyFormulation(content))
          throw new HttpError(
            400,
            "invalid_input",
            "content: write something under at least one heading before saving.",
          );
        const result = await formulations.save(
          {
            caseId: open.id,
            familyId: open.familyId,
            caregiverId,
            babyId,
            authorId: actorOf(request).id,
            baseVersion,
            content,
          },
          writeAuditOf(request),
        );
        if ("stale" in result) {
          const { latest } = result.stale;
          throw new HttpError(
            409,
            "formulation_stale",
            latest > baseVersion
              ? `This formulation was saved again (now version ${latest}) after you opened version ${baseVersion}. Nothing was saved: reload it, bring your changes across, and save again.`
              : `There is no version ${baseVersion} of this formulation (the latest is ${latest}). Reload it and save again.`,
            { latestVersion: latest },
          );
        }
        return formulationVersionView(result.saved);
      },
    ),
  );
};
