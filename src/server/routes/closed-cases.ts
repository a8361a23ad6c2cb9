import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ClosedCase } from "../../db/repositories/closed-cases.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { clinicianAccount } from "../policies/case.js";
import { formulationContentSchema } from "../presenters/formulation.js";
import { errorReplies, idParams } from "./schemas.js";

const reasons = ["family_erased", "family_deleted", "caregiver_erased", "baby_deleted"] as const;
const closedCaseSchema = z.object({
  id: z.string().describe("The case's own id when the whole family went; a new id otherwise"),
  reason: z
    .enum(reasons)
    .describe(
      "family_erased: the family's last caregiver deleted their account; family_deleted: its owner deleted the family; caregiver_erased: a caregiver in an open case deleted their account (their formulations are kept here); baby_deleted: a baby was deleted (its formulations are kept here)",
    ),
  openedAt: z.string(),
  closedAt: z.string(),
  notes: z.number().int(),
  formulations: z.number().int(),
});
const recordSchema = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    kind: z.literal("note"),
    createdAt: z.string(),
    note: z.object({
      kind: z.string().describe("progress or private"),
      text: z.string(),
      updatedAt: z.string(),
      signedAt: z.string().nullable(),
      amendments: z.array(z.object({ text: z.string(), createdAt: z.string() })),
    }),
  }),
  z.object({
    id: z.string(),
    kind: z.literal("formulation"),
    createdAt: z.string(),
    formulation: z.object({
      dyad: z.number().int().describe("Which dyad of the case, numbered in the order first written about"),
      version: z.number().int(),
      parts: formulationContentSchema,
    }),
  }),
]);

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
        response: { 200: z.object({ items: z.array(closedCaseSchema) }), ...errorReplies },
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
        response: {
          200: closedCaseSchema.extend({ records: z.array(recordSchema) }),
          ...errorReplies,
        },
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
