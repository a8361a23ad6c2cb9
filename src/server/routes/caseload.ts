import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { foldText } from "../../domain/directory/search-text.js";
import { localDate } from "../../domain/time.js";
import { caseSummaries } from "../clinician/case-summaries.js";
import { HttpError } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { clinicianAccount } from "../policies/case.js";
import { type CaseSummaryView, caseSummarySchema, caseSummaryView } from "../presenters/case.js";
import { errorReplies } from "./schemas.js";

const sorts = ["attention", "activity", "name", "ending", "due"] as const;

const orderings: Record<(typeof sorts)[number], (a: CaseSummaryView, b: CaseSummaryView) => number> = {
  // Safety flags first, then the most recently active: who might need the clinician soonest.
  attention: (a, b) =>
    b.safetyFlags.length - a.safetyFlags.length ||
    (b.lastActivityAt ?? "").localeCompare(a.lastActivityAt ?? ""),
  activity: (a, b) => (b.lastActivityAt ?? "").localeCompare(a.lastActivityAt ?? ""),
  name: (a, b) => a.familyName.localeCompare(b.familyName),
  ending: (a, b) => a.sharedUntil.localeCompare(b.sharedUntil),
  // Overdue check-ins first, then those due now (most first), then the longest waiting.
  due: (a, b) =>
    b.checkinsDue.filter((d) => d.overdue).length - a.checkinsDue.filter((d) => d.overdue).length ||
    b.checkinsDue.length - a.checkinsDue.length ||
    (a.checkinsDue[0]?.dueOn ?? "").localeCompare(b.checkinsDue[0]?.dueOn ?? ""),
};

/** The clinician's caseload: every family sharing with them now, and what needs a look. */
export const caseloadRoutes: FastifyPluginAsyncZod = async (app) => {
  const { cases, database } = app.attune;

  app.get(
    "/api/caseload",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["cases"],
        summary:
          "My caseload: the families sharing with me now (never one whose share ended), with babies and ages, caregivers, last activity, the latest shared check-in per instrument and its trend, safety flags, and the check-ins asked for that are due",
        querystring: z
          .object({
            sort: z.enum(sorts, `sort is one of: ${sorts.join(", ")}`).default("attention"),
            q: z
              .string()
              .trim()
              .max(100)
              .optional()
              .describe("Part of a family's, baby's or caregiver's name"),
            flagged: z.enum(["true", "false"]).optional().describe("Only cases with a safety flag"),
            due: z
              .enum(["true", "false"])
              .optional()
              .describe("Only cases with a requested check-in due now or overdue and not answered"),
            cursor: z.string().max(20).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          })
          .strict(),
        response: {
          200: z.object({
            items: z.array(caseSummarySchema),
            total: z.number(),
            nextCursor: z.string().nullable(),
          }),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const { sort, q, flagged, due, cursor, limit } = request.query;
      const offset = cursor ? Number.parseInt(cursor, 36) : 0;
      if (!Number.isInteger(offset) || offset < 0)
        throw new HttpError(
          400,
          "invalid_cursor",
          "That cursor is not one this API gave out: start again without it.",
        );
      const now = Date.now();
      const open = await cases.openFor(actorOf(request).id, now);
      const today = localDate(now, "UTC");
      let items = (await caseSummaries(database.db, open, now)).map((s) => caseSummaryView(s, today));
      if (q) {
        const words = foldText(q);
        items = items.filter((c) =>
          foldText(
            [c.familyName, ...c.babies.map((b) => b.name), ...c.caregivers.map((g) => g.name)].join(" "),
          ).includes(words),
        );
      }
      if (flagged === "true") items = items.filter((c) => c.safetyFlags.length > 0);
      if (due === "true") items = items.filter((c) => c.checkinsDue.length > 0);
      items.sort((a, b) => orderings[sort](a, b) || a.id.localeCompare(b.id));
      const page = items.slice(offset, offset + limit);
      return {
        items: page,
        total: items.length,
        nextCursor: offset + limit < items.length ? (offset + limit).toString(36) : null,
      };
    },
  );
};
