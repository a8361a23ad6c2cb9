import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../plugins/authorize.js";
import { adminAuditActions, readAudit } from "../policies/audit.js";
import { can } from "../policies/rules.js";
import {
  accessLogEvent,
  accessLogEventSchema,
  adminAuditEvent,
  auditEventSchema,
  ownAuditEvent,
} from "../presenters/audit.js";
import { byId, cursorPage, errorReplies, page, pageQuery } from "./schemas.js";

/**
 * The audit trail: people see what was done by them or to their account, and their families' access logs
 * (every share, and every clinician read or change of the family's data); admins may ask for the instance's
 * security events (sign-in, role changes, moderation, system), never anyone's private records.
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
        response: {
          // The family's access log (familyId) is the first shape: no address or browser of who read it.
          200: page(z.union([accessLogEventSchema.strict(), auditEventSchema])),
          ...errorReplies,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { cursor, limit, all, familyId } = request.query;
      const ownFamilies = async (userId: string) =>
        (await app.attune.families.listForUser(userId)).map((f) => f.id);
      // Anyone else asking for everything is shown their own trail, as before the rule was written down.
      const everyone = all === "true" && can(actor, "readInstance", { type: "auditTrail" });
      // A family named here has passed the policy (its caregivers only).
      const scope = familyId
        ? { families: [familyId] }
        : everyone
          ? { actions: Object.keys(adminAuditActions) }
          : { about: actor.id, families: await ownFamilies(actor.id) };
      const rows = await app.attune.audit.page({
        ...scope,
        ...(cursor ? { beforeId: cursor } : {}),
        limit: limit + 1,
      });
      const { items: kept, nextCursor } = cursorPage(rows, limit, byId);
      const items = familyId
        ? kept.map(accessLogEvent)
        : everyone
          ? kept.flatMap((e) => adminAuditEvent(e) ?? [])
          : kept.map((e) => ownAuditEvent(e, actor.id));
      return { items, nextCursor };
    },
  );
};
