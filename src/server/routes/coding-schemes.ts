import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { defaultScheme } from "../../content/coding/default-scheme.js";
import { sources } from "../../content/sources.js";
import { type SchemeView, schemeCodesSchema, schemeSchema } from "../../contract/coding-scheme.js";
import type { OwnScheme } from "../../db/repositories/coding-schemes.js";
import { DEFAULT_SCHEME_ID } from "../../domain/coding/scheme.js";
import { schemeFor } from "../clinician/coding-scheme.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { clinicianAccount } from "../policies/case.js";
import { ownCodingScheme } from "../policies/coding.js";
import { guarded } from "../policies/loaded.js";
import { errorReplies, idParams } from "./schemas.js";

const schemeName = z.string().trim().min(1, "give the scheme a name").max(120);

const defaultView: SchemeView = {
  id: defaultScheme.id,
  name: defaultScheme.name,
  editable: false,
  copiedFrom: null,
  codes: defaultScheme.codes,
  sources: defaultScheme.sources.map((key) => {
    const { author, year, title } = sources[key];
    return { author, year, title };
  }),
  createdAt: null,
  updatedAt: null,
};

const ownView = (scheme: OwnScheme): SchemeView => ({
  id: scheme.id,
  name: scheme.name,
  editable: true,
  copiedFrom: scheme.copiedFrom,
  codes: scheme.codes,
  // A copy of the default keeps its sources: the codes began there.
  sources: scheme.copiedFrom === DEFAULT_SCHEME_ID ? defaultView.sources : [],
  createdAt: scheme.createdAt,
  updatedAt: scheme.updatedAt,
});

/**
 * Coding schemes (issue 19): the default scheme Attune ships, and each clinician's own, made new or copied
 * from the default or another of theirs, then edited. A scheme is its owner's alone: someone else's is 404.
 */
export const codingSchemeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { codingSchemes } = app.attune;

  app.get(
    "/api/coding-schemes",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["coding"],
        summary: "The default coding scheme, then your own, oldest first",
        response: { 200: z.object({ items: z.array(schemeSchema) }), ...errorReplies },
      },
    },
    async (request) => ({
      items: [defaultView, ...(await codingSchemes.listOf(actorOf(request).id)).map(ownView)],
    }),
  );

  app.post(
    "/api/coding-schemes",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["coding"],
        summary: "Make a scheme of your own from its codes",
        body: z.object({ name: schemeName, codes: schemeCodesSchema }).strict(),
        response: { 201: schemeSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const made = await codingSchemes.create({
        ownerId: actorOf(request).id,
        ...request.body,
        copiedFrom: null,
      });
      return reply.status(201).send(ownView(made));
    },
  );

  app.post(
    "/api/coding-schemes/:id/copy",
    {
      config: { policy: clinicianAccount },
      schema: {
        tags: ["coding"],
        summary: 'Copy the default scheme ("default") or one of your own, to edit the copy',
        params: idParams,
        body: z.object({ name: schemeName.optional() }).strict().optional(),
        response: { 201: schemeSchema, ...errorReplies },
      },
    },
    async (request, reply) => {
      const ownerId = actorOf(request).id;
      const original = await schemeFor(codingSchemes, request.params.id, ownerId);
      if (!original) throw notFound("coding_scheme");
      const made = await codingSchemes.create({
        ownerId,
        name: request.body?.name ?? `${original.name} (copy)`,
        codes: original.codes,
        copiedFrom: original.id,
      });
      return reply.status(201).send(ownView(made));
    },
  );

  app.patch(
    "/api/coding-schemes/:id",
    guarded(
      ownCodingScheme,
      {
        schema: {
          tags: ["coding"],
          summary:
            "Change one of your schemes: its name, its codes, or both (the default scheme cannot change: copy it)",
          params: idParams,
          body: z
            .object({ name: schemeName.optional(), codes: schemeCodesSchema.optional() })
            .strict()
            .refine(
              (b) => b.name !== undefined || b.codes !== undefined,
              "send the new name, the new codes, or both",
            ),
          response: { 200: schemeSchema, ...errorReplies },
        },
      },
      async (request, _reply, { scheme }) => ownView(await codingSchemes.edit(scheme, request.body)),
    ),
  );
};
