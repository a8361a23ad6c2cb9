import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { readAudit } from "../policies/audit.js";
import { errorReplies, page, pageQuery } from "./schemas.js";

const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().optional(),
  subjectId: z.string().optional(),
  familyId: z.string().optional(),
  ip: z.string().optional(),
  userAgent: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/**
 * The audit trail: people see what was done by them or to their account, and their families' access logs
 * (every share, and every clinician read or change of the family's data); admins may ask for everything.
 */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/audit",
    {
      config: { policy: readAudit },
      schema: {
        tags: ["audit"],
        summary: "Read the audit trail, newest first",
        querystring: pageQuery
          .extend({
            all: z.enum(["true", "false"]).default("false"),
            familyId: z
              .string()
              .min(1)
              .max(100)
              .optional()
              .describe("Only this family's access log: its shares and every clinician read or change"),
          })
          .strict(),
        response: { 200: page(auditEventSchema), ...errorReplies },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { cursor, limit, all, familyId } = request.query;
      const everyone = all === "true" && actor.isAdmin;
      const mine = (await app.attune.families.listForUser(actor.id)).map((f) => f.id);
      if (familyId && !mine.includes(familyId)) throw notFound("That family");
      const scope = familyId ? { families: [familyId] } : everyone ? {} : { about: actor.id, families: mine };
      const rows = await app.attune.audit.page({
        ...scope,
        ...(cursor ? { beforeId: cursor } : {}),
        limit: limit + 1,
      });
      const items = rows.slice(0, limit);
      return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
    },
  );
};
