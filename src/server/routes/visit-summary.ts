import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { visitSummarySchema } from "../../contract/case-reads.js";
import { buildVisitSummary, visitSummaryQuery } from "../guidance/visit-summary.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiver } from "../policies/family.js";
import { guarded } from "../policies/loaded.js";
import { visitScreeningView } from "../presenters/visit-screening.js";
import { errorReplies, idParams } from "./schemas.js";

/** The printable page a family brings to a pediatric or perinatal visit. */
export const visitSummaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { screenings, instruments, preferences } = app.attune;

  app.get(
    "/api/babies/:id/visit-summary",
    guarded(
      babyCaregiver,
      {
        schema: {
          tags: ["guidance"],
          summary:
            "The last 7 or 14 days for an appointment: feeds, sleep, diapers, growth, temperatures, medicines, notes, the questions saved for the visit, and the check-ins the viewer chose to include (their own only)",
          params: idParams,
          querystring: visitSummaryQuery,
          response: { 200: visitSummarySchema, ...errorReplies },
        },
      },
      async (request, _reply, { baby }) => {
        const { summary, period } = await buildVisitSummary(app.attune, baby, Number(request.query.days));
        // Each caregiver's check-ins are their own: only the viewer's, and only those they chose to include.
        const viewer = actorOf(request).id;
        const lang = request.query.lang ?? (await preferences.get(viewer)).locale;
        const checkIns = await screenings.forVisit(viewer, baby.id, period.start, period.end);
        return { ...summary, checkIns: checkIns.map((s) => visitScreeningView(s, instruments, lang)) };
      },
    ),
  );
};
