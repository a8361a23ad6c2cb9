import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sharedThoughtRecordSchema } from "../../contract/thought-records.js";
import type { ThoughtRecord } from "../../db/repositories/thought-records.js";
import { thoughtRecordView } from "../presenters/thought-record.js";
import { caseListRoute } from "./case-list.js";
import { pagedByTime } from "./paging.js";

/**
 * The thought records a family's caregivers chose to share, for their clinician: each record is its author's
 * to share (sharedInFamily), so another caregiver's private ones never appear, and a record unshared is gone
 * from the next request.
 */
export const caseThoughtRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users } = app.attune;
  const records = app.attune.thoughtRecords;

  caseListRoute(app, {
    path: "/api/cases/:id/thought-records",
    summary:
      "The thought records the family's caregivers marked shared with clinicians, with their author, newest first, cursor-paged",
    scope: "thought_records",
    part: "thought_records",
    item: sharedThoughtRecordSchema,
    paging: pagedByTime("createdAt", (r: ThoughtRecord) => r.createdAt),
    rows: (open, window) => records.sharedInFamily(open.familyId, window),
    present: async (rows) => {
      const names = new Map<string, string>();
      for (const userId of new Set(rows.map((r) => r.userId)))
        names.set(userId, (await users.findById(userId))?.name ?? "");
      return rows.map((r) => ({
        ...thoughtRecordView(r),
        author: { id: r.userId, name: names.get(r.userId) ?? "" },
      }));
    },
  });
};
