import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { searchPageSchema } from "../../../contract/directory.js";
import type { FilterFacet } from "../../../db/repositories/directory-search.js";
import { isPublic } from "../../../domain/directory/listing.js";
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_KM,
  searchQuerySchema,
} from "../../../domain/directory/search-query.js";
import { geocode } from "../../directory/geocode.js";
import { HttpError, notFound } from "../../errors.js";
import { publicAccess } from "../../policies/policy.js";
import { providerCard, providerSchema, providerView } from "../../presenters/directory.js";
import { errorReplies, idParams, invalidCursor } from "../schemas.js";

// Public on purpose: a family looking for help should not need an account to find it.
const directoryIsPublic = publicAccess("families find support before, or without, an account");

/** The page position, opaque to clients: a cursor this API did not give out is a 400, not a guess. */
const cursorOf = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");
function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw invalidCursor();
  return Number(match[1]);
}

const filterFacets: FilterFacet[] = ["service", "focus", "credential", "approach", "language", "insurance"];

export const directorySearchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { directory, directorySearch } = app.attune;

  app.get(
    "/api/directory/providers",
    {
      config: { policy: directoryIsPublic },
      schema: {
        tags: ["directory"],
        summary:
          "Search trauma-informed perinatal providers: words, filters, and in person near a place (ZIP, UK postcode district, city or lat,lon) or by telehealth region. Only approved listings confirmed in the last 180 days. Public",
        querystring: searchQuerySchema,
        response: { 200: searchPageSchema, ...errorReplies },
      },
    },
    async (request) => {
      const query = request.query;
      const offset = offsetOf(query.cursor);
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      let near: { label: string; lat: number; lon: number; radiusKm: number } | null = null;
      if (query.near) {
        const place = geocode(query.near);
        if (!place)
          throw new HttpError(
            400,
            "unknown_place",
            `We could not place "${query.near}" on the map. Try a US ZIP code (94110), a UK postcode district (SW1A), a city name (Leeds, or Springfield, IL) or coordinates (51.5,-0.12).`,
            { field: "near" },
          );
        near = {
          label: place.label,
          lat: place.lat,
          lon: place.lon,
          radiusKm: query.radiusKm ?? DEFAULT_RADIUS_KM,
        };
      }
      const filters = filterFacets.flatMap((facet) => {
        const term = query[facet];
        return term ? [{ facet, term }] : [];
      });
      const { hits, total } = await directorySearch.search({
        ...(query.q ? { text: query.q } : {}),
        ...(near ? { near: { centre: { lat: near.lat, lon: near.lon }, radiusKm: near.radiusKm } } : {}),
        ...(query.telehealth ? { telehealth: query.telehealth } : {}),
        filters,
        ...(query.slidingScale !== undefined ? { slidingScale: query.slidingScale } : {}),
        ...(query.accepting !== undefined ? { accepting: query.accepting } : {}),
        offset,
        limit,
      });
      return {
        items: hits.map((h) => providerCard(h.listing, near ? h.distanceKm : undefined)),
        total,
        nextCursor: offset + hits.length < total ? cursorOf(offset + hits.length) : null,
        near,
      };
    },
  );

  app.get(
    "/api/directory/providers/:id",
    {
      config: { policy: directoryIsPublic },
      schema: {
        tags: ["directory"],
        summary:
          "One provider's public listing. 404 for a listing that is not approved or has gone stale. Public",
        params: idParams,
        response: { 200: providerSchema, ...errorReplies },
      },
    },
    async (request) => {
      const listing = await directory.get(request.params.id);
      // A listing that is not public does not exist to the public: no hint of pending or hidden ones.
      if (!listing || !isPublic(listing, Date.now())) throw notFound("provider");
      return providerView(listing);
    },
  );
};
