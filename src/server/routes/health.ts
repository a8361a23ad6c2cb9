import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { errorBody } from "../errors.js";
import { publicAccess } from "../policies/policy.js";

const healthSchema = z.object({
  status: z.literal("ok"),
  version: z.string(),
  database: z.enum(["sqlite", "postgres"]),
});

/** Liveness and readiness in one: "ok" means this process can reach its database. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/health",
    {
      config: { policy: publicAccess("load balancers and monitors need it") },
      schema: {
        tags: ["system"],
        summary: "Is Attune up, and which database does it use?",
        response: {
          200: healthSchema,
          503: z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
        },
      },
    },
    async (_request, reply) => {
      const { database, version } = app.attune;
      try {
        await sql`select 1`.execute(database.db);
      } catch {
        return reply.status(503).send(errorBody("database_unavailable", "The database cannot be reached."));
      }
      return { status: "ok" as const, version, database: database.kind };
    },
  );
};
