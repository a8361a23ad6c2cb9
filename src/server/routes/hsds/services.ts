import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { isPublic } from "../../../domain/directory/listing.js";
import { notFound } from "../../errors.js";
import { hsdsPage, hsdsServiceListItemSchema, hsdsServiceSchema } from "../../presenters/hsds/schemas.js";
import { hsdsService, hsdsServiceListItem } from "../../presenters/hsds/service.js";
import { errorReplies, idParams } from "../schemas.js";
import { hsdsIsPublic, langQuery, pageOf, pagingQuery, publicListings, searchQuery } from "./query.js";

/** HSDS services: the one endpoint HSDS requires. A service is a public listing; its id is the listing's. */
export const hsdsServiceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/hsds/services",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary:
          "Open Referral HSDS 3.1 services, paged: search words, taxonomy_term_id (from /api/hsds/taxonomy_terms), page, per_page (at most 100), lang (en or es). Only approved listings confirmed in the last 180 days. Public",
        querystring: z.object({ ...searchQuery, ...pagingQuery, ...langQuery }).strict(),
        response: { 200: hsdsPage(hsdsServiceListItemSchema), ...errorReplies },
      },
    },
    async (request) => {
      const q = request.query;
      const { listings, total } = await publicListings(app, q, q);
      return pageOf(
        listings.map((l) => hsdsServiceListItem(l, q.lang)),
        total,
        q,
      );
    },
  );

  app.get(
    "/api/hsds/services/:id",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary:
          "One HSDS 3.1 service with everything about it (organization, place, areas, languages, attributes). 404 unless public. Public",
        params: idParams,
        querystring: z.object(langQuery).strict(),
        response: { 200: hsdsServiceSchema, ...errorReplies },
      },
    },
    async (request) => {
      const listing = await app.attune.directory.get(request.params.id);
      // A listing that is not public does not exist to the public: no hint of pending or hidden ones.
      if (!listing || !isPublic(listing, Date.now())) throw notFound("service");
      return hsdsService(listing, request.query.lang);
    },
  );
};
