import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { foldText } from "../../../domain/text.js";
import { notFound } from "../../errors.js";
import { isUuid } from "../../hsds/ids.js";
import {
  facetOfTaxonomy,
  type HsdsLanguage,
  hsdsFacets,
  termById,
  termName,
  type VocabularyTerm,
  vocabularyTerms,
} from "../../hsds/vocabulary.js";
import { hsdsPage, hsdsTaxonomySchema, hsdsTaxonomyTermSchema } from "../../presenters/hsds/schemas.js";
import { hsdsTaxonomy, hsdsTaxonomyTerm } from "../../presenters/hsds/taxonomy.js";
import { errorReplies, idParams } from "../schemas.js";
import { hsdsIsPublic, langQuery, pageOf, pagingQuery } from "./query.js";

/**
 * Attune's vocabulary as HSDS taxonomies and terms (src/server/hsds/vocabulary.ts): fixed, so served from
 * memory. Terms are flat (no parents); a term search matches its code or its English or Spanish name.
 */
const slice = <T>(all: readonly T[], paging: { page: number; per_page: number }) =>
  all.slice((paging.page - 1) * paging.per_page, paging.page * paging.per_page);

function matches(term: VocabularyTerm, words: string): boolean {
  const langs: HsdsLanguage[] = ["en", "es"];
  const text = foldText([term.code, ...langs.map((l) => termName(term.facet, term.code, l))].join(" "));
  return foldText(words)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => text.includes(w));
}

export const hsdsTaxonomyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/hsds/taxonomies",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary: "Attune's taxonomies (one per directory facet) as Open Referral HSDS 3.1, paged. Public",
        querystring: z.object({ ...pagingQuery, ...langQuery }).strict(),
        response: { 200: hsdsPage(hsdsTaxonomySchema), ...errorReplies },
      },
    },
    async (request) => {
      const q = request.query;
      return pageOf(
        slice(hsdsFacets, q).map((f) => hsdsTaxonomy(f, q.lang)),
        hsdsFacets.length,
        q,
      );
    },
  );

  app.get(
    "/api/hsds/taxonomies/:id",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary: "One of Attune's HSDS taxonomies. Public",
        params: idParams,
        querystring: z.object(langQuery).strict(),
        response: { 200: hsdsTaxonomySchema, ...errorReplies },
      },
    },
    async (request) => {
      const facet = facetOfTaxonomy(request.params.id);
      if (!facet) throw notFound("taxonomy");
      return hsdsTaxonomy(facet, request.query.lang);
    },
  );

  app.get(
    "/api/hsds/taxonomy_terms",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary:
          "Attune's taxonomy terms as Open Referral HSDS 3.1, paged: taxonomy_id, search (code or English or Spanish name), page, per_page, lang. Public",
        querystring: z
          .object({
            taxonomy_id: z
              .string()
              .refine(isUuid, "taxonomy_id is a taxonomy id (a UUID) from /api/hsds/taxonomies")
              .optional(),
            search: z.string().trim().max(200, "keep the search words under 200 characters").optional(),
            ...pagingQuery,
            ...langQuery,
          })
          .strict(),
        response: { 200: hsdsPage(hsdsTaxonomyTermSchema), ...errorReplies },
      },
    },
    async (request) => {
      const q = request.query;
      const facet = q.taxonomy_id ? facetOfTaxonomy(q.taxonomy_id) : undefined;
      const found = vocabularyTerms.filter(
        (t) => (!q.taxonomy_id || t.facet === facet) && (!q.search || matches(t, q.search)),
      );
      return pageOf(
        slice(found, q).map((t) => hsdsTaxonomyTerm(t, q.lang)),
        found.length,
        q,
      );
    },
  );

  app.get(
    "/api/hsds/taxonomy_terms/:id",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary: "One of Attune's HSDS taxonomy terms, with its taxonomy. Public",
        params: idParams,
        querystring: z.object(langQuery).strict(),
        response: { 200: hsdsTaxonomyTermSchema, ...errorReplies },
      },
    },
    async (request) => {
      const term = termById(request.params.id);
      if (!term) throw notFound("taxonomy_term");
      return hsdsTaxonomyTerm(term, request.query.lang);
    },
  );
};
