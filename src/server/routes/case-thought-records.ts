import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditCaseRead } from "../clinician/case-audit.js";
import { caseClinician } from "../policies/case.js";
import { thoughtRecordSchema, thoughtRecordView } from "../presenters/thought-record.js";
import {
  cursorPage,
  errorReplies,
  openCaseOf,
  page,
  pageQuery,
  parseTimeCursor,
  timeCursor,
} from "./schemas.js";

const sharedRecordSchema = thoughtRecordSchema.extend({
  author: z.object({ id: z.string(), name: z.string() }).describe("The caregiver who wrote it"),
});

/**
 * The thought records a family's caregivers chose to share, for their clinician: each record is its author's
 * to share (sharedInFamily), so another caregiver's private ones never appear, and a record unshared is gone
 * from the next request.
 */
export const caseThoughtRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users } = app.attune;
  const records = app.attune.thoughtRecords;

  app.get(
    "/api/cases/:id/thought-records",
    {
      config: { policy: caseClinician("thought_records") },
      schema: {
        tags: ["cases"],
        summary:
          "The thought records the family's caregivers marked shared with clinicians, with their author, newest first, cursor-paged",
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: pageQuery,
        response: { 200: page(sharedRecordSchema), ...errorReplies },
      },
    },
    async (request) => {
      const open = openCaseOf(request);
      const { cursor, limit } = request.query;
      const rows = await records.sharedInFamily(open.familyId, {
        ...(cursor ? { after: parseTimeCursor(cursor, "createdAt") } : {}),
        limit: limit + 1,
      });
      await auditCaseRead(request, open, "thought_records");
      const { items, nextCursor } = cursorPage(rows, limit, (r) => timeCursor(r.createdAt, r.id));
      const names = new Map<string, string>();
      for (const userId of new Set(items.map((r) => r.userId)))
        names.set(userId, (await users.findById(userId))?.name ?? "");
      return {
        items: items.map((r) => ({
          ...thoughtRecordView(r),
          author: { id: r.userId, name: names.get(r.userId) ?? "" },
        })),
        nextCursor,
      };
    },
  );
};
