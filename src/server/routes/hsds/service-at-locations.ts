import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { isPublic } from "../../../domain/directory/listing.js";
import { DEFAULT_RADIUS_KM, MAX_RADIUS_KM } from "../../../domain/directory/search-query.js";
import { geocode } from "../../directory/geocode.js";
import { HttpError, notFound } from "../../errors.js";
import { listingIdOf } from "../../hsds/ids.js";
import { hsdsServiceAtLocation, hsdsServiceAtLocationListItem } from "../../presenters/hsds/composites.js";
import {
  hsdsPage,
  hsdsServiceAtLocationListItemSchema,
  hsdsServiceAtLocationSchema,
} from "../../presenters/hsds/schemas.js";
import { errorReplies, idParams } from "../schemas.js";
import {
  EVERYWHERE_KM,
  hsdsIsPublic,
  langQuery,
  pageOf,
  pagingQuery,
  publicListings,
  searchQuery,
} from "./query.js";

/**
 * HSDS services at locations: the in-person places of public listings (telehealth-only listings have
 * none; their regions are service areas of the service). With a postcode, only places within `proximity`
 * metres of it (25 km when not given), nearest first. The postcode is placed offline like the directory's
 * "near" (src/server/directory/geocode.ts): a US ZIP code, a UK postcode (placed at its post town), a city,
 * or "lat,lon".
 */
const MAX_PROXIMITY_M = MAX_RADIUS_KM * 1000;
const proximityMessage = `proximity is a distance in metres, more than 0 and at most ${MAX_PROXIMITY_M}`;

export const hsdsServiceAtLocationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/hsds/service_at_locations",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary:
          "Open Referral HSDS 3.1 services at locations, paged: postcode (US ZIP, UK postcode, city or lat,lon) and proximity in metres (default 25 km), search, taxonomy_term_id, page, per_page, lang. Public",
        querystring: z
          .object({
            ...searchQuery,
            postcode: z
              .string()
              .trim()
              .min(2, "postcode is a US ZIP code, a UK postcode, a city, or lat,lon")
              .max(100)
              .optional(),
            proximity: z.coerce
              .number(proximityMessage)
              .positive(proximityMessage)
              .max(MAX_PROXIMITY_M, proximityMessage)
              .optional(),
            ...pagingQuery,
            ...langQuery,
          })
          .strict(),
        response: { 200: hsdsPage(hsdsServiceAtLocationListItemSchema), ...errorReplies },
      },
    },
    async (request) => {
      const q = request.query;
      if (q.proximity !== undefined && !q.postcode)
        throw new HttpError(
          400,
          "invalid_input",
          "proximity is measured from a postcode: give postcode as well (for example postcode=94110&proximity=5000).",
          { field: "proximity" },
        );
      let near = { centre: { lat: 0, lon: 0 }, radiusKm: EVERYWHERE_KM };
      if (q.postcode) {
        const place = geocode(q.postcode);
        if (!place)
          throw new HttpError(
            400,
            "unknown_place",
            `We could not place "${q.postcode}" on the map. Try a US ZIP code (94110), a UK postcode (SW1A 1AA), a city (Leeds) or coordinates (51.5,-0.12).`,
            { field: "postcode" },
          );
        near = {
          centre: { lat: place.lat, lon: place.lon },
          radiusKm: q.proximity !== undefined ? q.proximity / 1000 : DEFAULT_RADIUS_KM,
        };
      }
      const { listings, total } = await publicListings(app, { ...q, near }, q);
      // Every listing found "near" has an in-person place, so none of these is null.
      const items = listings.flatMap((l) => hsdsServiceAtLocationListItem(l, q.lang) ?? []);
      return pageOf(items, total, q);
    },
  );

  app.get(
    "/api/hsds/service_at_locations/:id",
    {
      config: { policy: hsdsIsPublic },
      schema: {
        tags: ["directory"],
        summary: "One HSDS 3.1 service at location, with its location, address and whole service. Public",
        params: idParams,
        querystring: z.object(langQuery).strict(),
        response: { 200: hsdsServiceAtLocationSchema, ...errorReplies },
      },
    },
    async (request) => {
      const listingId = listingIdOf(request.params.id, "service_at_location");
      const listing = listingId ? await app.attune.directory.get(listingId) : undefined;
      const found =
        listing && isPublic(listing, Date.now()) ? hsdsServiceAtLocation(listing, request.query.lang) : null;
      if (!found) throw notFound("service_at_location");
      return found;
    },
  );
};
