import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { thoughtRecordsRepository } from "../../db/repositories/thought-records.js";
import { auditCaseRead } from "../clinician/case-audit.js";
import { HttpError } from "../errors.js";
import { caseClinician } from "../policies/case.js";
import { thoughtRecordSchema, thoughtRecordView } from "../presenters/thought-record.js";
import { openCaseOf } from "./cases.js";
import { errorReplies, page, pageQuery } from "./schemas.js";

const cursorOf = (r: { createdAt: number; id: string }) =>
  Buffer.from(`${r.createdAt}|${r.id}`).toString("base64url");
function parseCursor(cursor: string) {
  const [ms, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = Number(ms);
  if (!id || !Number.isFinite(createdAt))
    throw new HttpError(
      400,
      "invalid_cursor",
      "That cursor is not one this API gave out: start again without it.",
    );
  return { createdAt, id };
}

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
  const records = thoughtRecordsRepository(app.attune.database.db);

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
        ...(cursor ? { after: parseCursor(cursor) } : {}),
        limit: limit + 1,
      });
      await auditCaseRead(request, open, "thought_records");
      const items = rows.slice(0, limit);
      const names = new Map<string, string>();
      for (const userId of new Set(items.map((r) => r.userId)))
        names.set(userId, (await users.findById(userId))?.name ?? "");
      const last = items.at(-1);
      return {
        items: items.map((r) => ({
          ...thoughtRecordView(r),
          author: { id: r.userId, name: names.get(r.userId) ?? "" },
        })),
        nextCursor: rows.length > limit && last ? cursorOf(last) : null,
      };
    },
  );
};
