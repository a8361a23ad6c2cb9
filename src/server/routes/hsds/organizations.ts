import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { isPublic } from "../../../domain/directory/listing.js";
import { notFound } from "../../errors.js";
import { listingIdOf } from "../../hsds/ids.js";
import { hsdsOrganizationFull } from "../../presenters/hsds/composites.js";
import { hsdsOrganization } from "../../presenters/hsds/listing-parts.js";
import {
  hsdsOrganizationFullSchema,
  hsdsOrganizationSchema,
  hsdsPage,
} from "../../presenters/hsds/schemas.js";
import { errorReplies, idParams } from "../schemas.js";
import { hsdsIsPublic, langQuery, pageOf, pagingQuery, publicListings, searchQuery } from "./query.js";

/**
 * HSDS organizations: one per public listing (the organization, or a person's practice or the person), so
 * two people of one practice are two organizations of the same name; their ids lead back to the listing.
 */
export const hsdsOrganizationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/hsds/organizations",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary:
          "Open Referral HSDS 3.1 organizations, paged: search, taxonomy_term_id, page, per_page. Public",
        querystring: z.object({ ...searchQuery, ...pagingQuery }).strict(),
        response: { 200: hsdsPage(hsdsOrganizationSchema), ...errorReplies },
      },
    },
    async (request) => {
      const q = request.query;
      const { listings, total } = await publicListings(app, q, q);
      return pageOf(listings.map(hsdsOrganization), total, q);
    },
  );

  app.get(
    "/api/hsds/organizations/:id",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary: "One HSDS 3.1 organization with its phones, locations and services. Public",
        params: idParams,
        querystring: z.object(langQuery).strict(),
        response: { 200: hsdsOrganizationFullSchema, ...errorReplies },
      },
    },
    async (request) => {
      const listingId = listingIdOf(request.params.id, "organization");
      const listing = listingId ? await app.attune.directory.get(listingId) : undefined;
      if (!listing || !isPublic(listing, Date.now())) throw notFound("organization");
      return hsdsOrganizationFull(listing, request.query.lang);
    },
  );
};
