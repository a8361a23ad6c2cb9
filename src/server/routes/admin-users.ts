import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accountSchema, roles } from "../../domain/account.js";
import { conflict, notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { manageAccounts } from "../policies/account.js";
import { byId, cursorPage, errorReplies, idParams, page, pageQuery } from "./schemas.js";

/** The instance owner's account administration: list accounts, appoint moderators and admins. */
export const adminUserRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users, audit } = app.attune;

  app.get(
    "/api/admin/users",
    {
      config: { policy: manageAccounts },
      schema: {
        tags: ["admin"],
        summary: "List accounts",
        querystring: pageQuery,
        response: { 200: page(accountSchema), ...errorReplies },
      },
    },
    async (request) => {
      const { cursor, limit } = request.query;
      const rows = await users.page(cursor, limit + 1);
      return cursorPage(rows, limit, byId);
    },
  );

  app.patch(
    "/api/admin/users/:id",
    {
      config: { policy: manageAccounts },
      schema: {
        tags: ["admin"],
        summary: "Change an account's role or admin flag",
        params: idParams,
        body: z
          .object({ role: z.enum(roles).optional(), isAdmin: z.boolean().optional() })
          .strict()
          .refine((b) => b.role !== undefined || b.isAdmin !== undefined, "send role, isAdmin or both"),
        response: { 200: z.object({ user: accountSchema }), 409: errorReplies[400], ...errorReplies },
      },
    },
    async (request) => {
      const { id } = request.params;
      const target = await users.findById(id);
      if (!target) throw notFound("account");
      // An instance must never lose its last admin: nobody could appoint one again.
      if (request.body.isAdmin === false && target.isAdmin && (await users.countAdmins()) <= 1) {
        throw conflict("last_admin", "This is the only admin. Make someone else an admin first.");
      }
      const user = await users.grant(id, request.body);
      await audit.record({
        actorId: actorOf(request).id,
        action: "account.grant",
        subjectType: "user",
        subjectId: id,
        ip: request.ip,
        details: { from: { role: target.role, isAdmin: target.isAdmin }, to: request.body },
      });
      if (!user) throw notFound("account");
      return { user };
    },
  );
};
