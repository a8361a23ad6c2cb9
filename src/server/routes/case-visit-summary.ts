import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { caseVisitSummarySchema } from "../../contract/case-reads.js";
import type { BandResult } from "../../domain/screening/score.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { sharedResultsWithAuthor } from "../clinician/shared-screenings.js";
import { notFound } from "../errors.js";
import { buildVisitSummary, visitSummaryQuery } from "../guidance/visit-summary.js";
import { actorOf } from "../plugins/authorize.js";
import { caseClinician } from "../policies/case.js";
import { guarded } from "../policies/loaded.js";
import { visitScreeningView } from "../presenters/visit-screening.js";
import { errorReplies, idParams } from "./schemas.js";

/**
 * The family's visit summary for one of its babies, as the family would print it (guidance/visit-summary.ts),
 * for their clinician. Check-ins differ from the family's page, which shows each viewer their own: here,
 * only results a caregiver shared with clinicians, and only when the share also covers check-in results —
 * the same rule as the case's charts, so a summary never shows a result the charts would not.
 */
export const caseVisitSummaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, babies, instruments, preferences } = app.attune;

  app.get(
    "/api/cases/:id/visit-summary",
    guarded(
      caseClinician("visit_summary"),
      {
        schema: {
          tags: ["cases"],
          summary:
            "The family's visit summary for one of its babies: the last 7 or 14 days of feeds, sleep, diapers, growth, temperatures, medicines, notes and questions, with the check-ins caregivers shared with clinicians (when check-in results are shared too)",
          params: idParams,
          querystring: visitSummaryQuery.extend({
            babyId: z
              .string("babyId is required: the id of one of the family's babies (see the case's overview)")
              .min(1)
              .max(100),
          }),
          response: { 200: caseVisitSummarySchema, ...errorReplies },
        },
      },
      async (request, _reply, { openCase: open }) => {
        const { babyId, days, lang: asked } = request.query;
        const baby = await babies.get(babyId);
        if (baby?.familyId !== open.familyId) throw notFound("baby");
        const { summary, period } = await buildVisitSummary(app.attune, baby, Number(days));
        const lang = asked ?? (await preferences.get(actorOf(request).id)).locale;
        const rows = open.scopes.includes("screenings")
          ? await sharedResultsWithAuthor(database.db, open.familyId)
              .where((eb) =>
                eb.or([eb("screenings.baby_id", "is", null), eb("screenings.baby_id", "=", baby.id)]),
              )
              .where("screenings.completed_at", ">=", period.start)
              .where("screenings.completed_at", "<", period.end)
              .execute()
          : [];
        await auditCaseRead(request, open, "visit_summary");
        const checkIns = rows.map((r) => ({
          ...visitScreeningView(
            {
              id: r.id,
              instrumentId: r.instrument_id,
              babyId: r.baby_id,
              completedAt: Number(r.completed_at),
              total: Number(r.total),
              bands: (JSON.parse(r.result) as { bands?: BandResult[] }).bands ?? [],
            },
            instruments,
            lang,
          ),
          caregiver: { id: r.user_id, name: r.name },
        }));
        return { ...summary, checkIns };
      },
    ),
  );
};
