import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { localDate } from "../../domain/time.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { caseSummaries } from "../clinician/case-summaries.js";
import { notFound } from "../errors.js";
import { caseClinician } from "../policies/case.js";
import { caseSummarySchema, caseSummaryView } from "../presenters/case.js";
import { entrySchema } from "./entries.js";
import { cursorPage, errorReplies, idParams, openCaseOf, parseTimeCursor, timeCursor } from "./schemas.js";

/**
 * The case file, read side: what the family shares, while they share it (policies/case.ts). Each read is
 * written to the family's access log first.
 */
export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { caseReads, entries, babies } = app.attune;

  app.get(
    "/api/cases/:id",
    {
      config: { policy: caseClinician() },
      schema: {
        tags: ["cases"],
        summary:
          "A case's overview: the family's babies (ages, corrected ages), caregivers, what is shared and until when",
        params: idParams,
        response: { 200: caseSummarySchema, ...errorReplies },
      },
    },
    async (request) => {
      const open = openCaseOf(request);
      await auditCaseRead(request, open, "overview");
      const now = Date.now();
      const [summary] = await caseSummaries(caseReads, [open], now);
      if (!summary) throw notFound("case");
      return caseSummaryView(summary, localDate(now, "UTC"));
    },
  );

  app.get(
    "/api/cases/:id/entries",
    {
      config: { policy: caseClinician("entries") },
      schema: {
        tags: ["cases"],
        summary:
          "The family's shared care log, newest first, cursor-paged. Connection moments, cues, feelings and notes only when the family shares them (scope moments)",
        params: idParams,
        querystring: z
          .object({
            babyId: z.string().min(1).max(100).optional(),
            from: z.iso.datetime({ offset: true }).optional(),
            to: z.iso.datetime({ offset: true }).optional(),
            cursor: z.string().max(200).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          })
          .strict(),
        response: {
          200: z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable() }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const open = openCaseOf(request);
      const { babyId, from, to, cursor, limit } = request.query;
      const filter = {
        ...(from ? { from: Date.parse(from) } : {}),
        ...(to ? { to: Date.parse(to) } : {}),
        ...(cursor ? { after: parseTimeCursor(cursor, "startedAt") } : {}),
        limit: limit + 1,
      };
      if (babyId && (await babies.get(babyId))?.familyId !== open.familyId) throw notFound("baby");
      const rows = await entries.list(babyId ?? { familyId: open.familyId }, filter);
      await auditCaseRead(request, open, "entries");
      const withMoments = open.scopes.includes("moments");
      const { items, nextCursor } = cursorPage(rows, limit, (e) => timeCursor(Date.parse(e.startedAt), e.id));
      return {
        items: items.map((e) =>
          withMoments ? e : { ...e, moments: [], cues: [], feeling: null, note: null },
        ),
        nextCursor,
      };
    },
  );
};
