import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { closedCaseReply, closedCasesReply } from "../../contract/closed-cases.js";
import type { ClosedCase } from "../../db/repositories/closed-cases.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { clinicianAccount } from "../policies/case.js";
import { errorReplies, idParams } from "./schemas.js";

const iso = (ms: number) => new Date(ms).toISOString();
const view = (c: ClosedCase) => ({ ...c, openedAt: iso(c.openedAt), closedAt: iso(c.closedAt) });

/**
 * A clinician's closed cases: their own notes and formulations, kept for their records after the family
 * behind a case was erased. Nothing of the family is in them; they are the clinician's alone.
 */
export const closedCaseRoutes: FastifyPluginAsyncZod = async (app) => {
  const closed = app.attune.closedCases;

  app.get(
    "/api/closed-cases",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["cases"],
        summary:
          "My closed cases: cases whose family deleted its data, with only my own notes and formulations (newest first)",
        response: { 200: closedCasesReply, ...errorReplies },
      },
    },
    async (request) => ({ items: (await closed.listFor(actorOf(request).id)).map(view) }),
  );

  app.get(
    "/api/closed-cases/:id",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["cases"],
        summary: "One of my closed cases with my notes (and their amendments) and formulation versions",
        params: idParams,
        response: { 200: closedCaseReply, ...errorReplies },
      },
    },
    async (request) => {
      const found = await closed.get(request.params.id, actorOf(request).id);
      if (!found) throw notFound("case");
      return {
        ...view(found),
        records: found.records.map((r) =>
          r.kind === "note"
            ? {
                ...r,
                createdAt: iso(r.createdAt),
                note: {
                  ...r.note,
                  updatedAt: iso(r.note.updatedAt),
                  signedAt: r.note.signedAt === null ? null : iso(r.note.signedAt),
                  amendments: r.note.amendments.map((a) => ({ text: a.text, createdAt: iso(a.createdAt) })),
                },
              }
            : { ...r, createdAt: iso(r.createdAt) },
        ),
      };
    },
  );
};
