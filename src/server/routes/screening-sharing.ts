import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { locales } from "../../domain/account.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { guarded } from "../policies/loaded.js";
import { ownScreening } from "../policies/screening.js";
import { screeningSchema, screeningView } from "../presenters/screening.js";
import { errorReplies, idParams } from "./schemas.js";

/**
 * Who sees a result: the caregiver who answered chooses, result by result, whether it goes in their visit
 * summary and whether a clinician their family shares with may see it. Nothing is shared until they say so,
 * and the clinician choice only matters once the family shares with a clinician.
 */
const sharingChange = z
  .object({
    visitSummary: z.boolean().optional().describe("Show it in my visit summary"),
    clinicians: z.boolean().optional().describe("Let a clinician my family shares with see it"),
  })
  .strict()
  .refine((s) => s.visitSummary !== undefined || s.clinicians !== undefined, {
    message: "say what to change: sharing.visitSummary, sharing.clinicians or both, each true or false",
  });

export const screeningSharingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { screenings, preferences } = app.attune;

  app.patch(
    "/api/screenings/:id",
    guarded(
      ownScreening,
      {
        schema: {
          tags: ["well-being"],
          summary:
            "Change who sees one of my check-in results: my visit summary, a clinician my family shares with. Only the choices given change",
          params: idParams,
          querystring: z
            .object({ lang: z.enum(locales).optional().describe("Default: the account's language") })
            .strict(),
          body: z.object({ sharing: sharingChange }).strict(),
          response: { 200: screeningSchema, ...errorReplies },
        },
      },
      async (request, _reply, { screening: s }) => {
        const actor = actorOf(request);
        const changed = await screenings.setSharing(s.id, request.body.sharing, {
          actorId: actor.id,
          action: "screening.sharing",
          ip: request.ip,
          ...(request.headers["user-agent"] ? { userAgent: request.headers["user-agent"] } : {}),
        });
        if (!changed) throw notFound("screening");
        const lang = request.query.lang ?? (await preferences.get(actor.id)).locale;
        return screeningView(changed, lang);
      },
    ),
  );
};
