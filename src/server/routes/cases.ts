import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { localDate } from "../../domain/time.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { caseSummaries } from "../clinician/case-summaries.js";
import { notFound } from "../errors.js";
import { caseClinician } from "../policies/case.js";
import { guarded } from "../policies/loaded.js";
import { caseSummarySchema, caseSummaryView } from "../presenters/case.js";
import { caseListRoute } from "./case-list.js";
import { entriesByStart, entryLogFilter, entryLogQuery, entrySchema } from "./entries.js";
import { errorReplies, idParams } from "./schemas.js";

/**
 * The case file, read side: what the family shares, while they share it (policies/case.ts). Each read is
 * written to the family's access log first.
 */
export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { caseReads, entries, babies } = app.attune;

  app.get(
    "/api/cases/:id",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "A case's overview: the family's babies (ages, corrected ages), caregivers, what is shared and until when",
          params: idParams,
          response: { 200: caseSummarySchema, ...errorReplies },
        },
      },
      async (request, _reply, { openCase: open }) => {
        await auditCaseRead(request, open, "overview");
        const now = Date.now();
        const [summary] = await caseSummaries(caseReads, [open], now);
        if (!summary) throw notFound("case");
        return caseSummaryView(summary, localDate(now, "UTC"));
      },
    ),
  );

  caseListRoute(app, {
    path: "/api/cases/:id/entries",
    summary:
      "The family's shared care log, newest first, cursor-paged. Connection moments, cues, feelings and notes only when the family shares them (scope moments)",
    scope: "entries",
    part: "entries",
    item: entrySchema,
    query: entryLogQuery.extend({ babyId: z.string().min(1).max(100).optional() }).strict(),
    paging: entriesByStart(),
    rows: async (open, window, { babyId, ...stretch }) => {
      if (babyId && (await babies.get(babyId))?.familyId !== open.familyId) throw notFound("baby");
      return entries.list(babyId ?? { familyId: open.familyId }, entryLogFilter(stretch, window));
    },
    present: (rows, open) =>
      open.scopes.includes("moments")
        ? rows
        : rows.map((e) => ({ ...e, moments: [], cues: [], feeling: null, note: null })),
  });
};
