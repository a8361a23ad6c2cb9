import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pingDatabase } from "../../db/probe.js";
import { publicAccess } from "../policies/policy.js";
import { probeWritable } from "../storage.js";

const healthSchema = z.object({
  status: z.literal("ok"),
  version: z.string(),
  database: z.enum(["sqlite", "postgres"]),
  /** The database takes writes (see storage.ts: a cheap lock probe, and no write failed for space since). */
  writable: z.literal(true),
});

/**
 * Liveness and readiness in one: "ok" means this process can reach its database and write to it. A
 * database that answers but cannot write (a full disk, a read-only file or server) is a 503 whose details
 * say `writable: false` and why.
 */
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
          503: z.object({
            error: z.object({
              code: z.string(),
              message: z.string(),
              details: z
                .object({
                  database: z.enum(["sqlite", "postgres"]),
                  writable: z.literal(false),
                  problem: z.enum(["full", "read_only"]),
                  code: z.string(),
                })
                .optional(),
            }),
          }),
        },
      },
    },
    async (_request, reply) => {
      const { database, version } = app.attune;
      const unreachable = {
        error: { code: "database_unavailable", message: "The database cannot be reached." },
      };
      try {
        await pingDatabase(database);
      } catch {
        return reply.status(503).send(unreachable);
      }
      let write: Awaited<ReturnType<typeof probeWritable>>;
      try {
        write = await probeWritable(database);
      } catch {
        return reply.status(503).send(unreachable);
      }
      if (!write.writable) {
        const full = write.problem === "full";
        return reply.status(503).send({
          error: {
            code: full ? "storage_full" : "storage_read_only",
            message: `The database cannot write: ${full ? "the disk is full" : "it is read-only"} (${write.code}).`,
            details: { database: database.kind, writable: false, problem: write.problem, code: write.code },
          },
        });
      }
      return { status: "ok" as const, version, database: database.kind, writable: true as const };
    },
  );
};
