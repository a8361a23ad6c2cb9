import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { foldText } from "../../domain/text.js";
import { localDate } from "../../domain/time.js";
import { caseSummaries } from "../clinician/case-summaries.js";
import { caseloadKeys } from "../clinician/caseload-keys.js";
import { caseloadSorts, orderCaseload } from "../clinician/caseload-order.js";
import { HttpError } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { clinicianAccount } from "../policies/case.js";
import { caseSummarySchema, caseSummaryView } from "../presenters/case.js";
import { errorReplies } from "./schemas.js";

/** The clinician's caseload: every family sharing with them now, and what needs a look. */
export const caseloadRoutes: FastifyPluginAsyncZod = async (app) => {
  const { cases, caseReads } = app.attune;

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
            sort: z.enum(caseloadSorts, `sort is one of: ${caseloadSorts.join(", ")}`).default("attention"),
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
      // Two passes: the keys to filter and sort every case by, then full summaries for this page only.
      let keys = await caseloadKeys(
        caseReads,
        open,
        { checkinsDue: due === "true" || sort === "due", names: Boolean(q) },
        now,
      );
      if (q) {
        const words = foldText(q);
        keys = keys.filter((k) => k.names.includes(words));
      }
      if (flagged === "true") keys = keys.filter((k) => k.safetyFlags > 0);
      if (due === "true") keys = keys.filter((k) => k.checkinsDue.length > 0);
      orderCaseload(keys, sort);
      const shown = keys.slice(offset, offset + limit).map((k) => k.openCase);
      const today = localDate(now, "UTC");
      const page = (await caseSummaries(caseReads, shown, now)).map((s) => caseSummaryView(s, today));
      return {
        items: page,
        total: keys.length,
        nextCursor: offset + limit < keys.length ? (offset + limit).toString(36) : null,
      };
    },
  );
};
