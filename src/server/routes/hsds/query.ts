import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Listing } from "../../../db/repositories/directory-listings.js";
import type { Point } from "../../../domain/directory/geo.js";
import { isUuid } from "../../hsds/ids.js";
import { hsdsLanguages, termById } from "../../hsds/vocabulary.js";
import { publicAccess } from "../../policies/policy.js";

/**
 * What the HSDS read routes share: their policy, query words, the paged envelope, and the one search they
 * all run (public listings only: approved and confirmed within 180 days, by the directory's own indexes).
 */

// Public on purpose: HSDS is how other directories and referral systems copy ours, without an account.
export const hsdsIsPublic = publicAccess("open data exchange (Open Referral HSDS)");

export const HSDS_VERSION = "3.1";
export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;
/** Deep enough for any real directory; a bound so an absurd page cannot ask the database for a huge offset. */
export const MAX_PAGE = 10_000;

const pageMessage = `page is a whole number from 1 to ${MAX_PAGE}`;
const perPageMessage = `per_page is a whole number from 1 to ${MAX_PER_PAGE}`;

export const pagingQuery = {
  page: z.coerce
    .number(pageMessage)
    .int(pageMessage)
    .min(1, pageMessage)
    .max(MAX_PAGE, pageMessage)
    .default(1),
  per_page: z.coerce
    .number(perPageMessage)
    .int(perPageMessage)
    .min(1, perPageMessage)
    .max(MAX_PER_PAGE, perPageMessage)
    .default(DEFAULT_PER_PAGE),
  format: z.enum(["json"], "format: this API answers in json only (ndjson is not offered)").optional(),
};

export const langQuery = {
  lang: z.enum(hsdsLanguages, "lang is en (English) or es (Spanish)").default("en"),
};

export const searchQuery = {
  search: z.string().trim().max(200, "keep the search words under 200 characters").optional(),
  taxonomy_term_id: z
    .string()
    .refine(isUuid, "taxonomy_term_id is a term id (a UUID) from /api/hsds/taxonomy_terms")
    .optional(),
};

export interface Paging {
  page: number;
  per_page: number;
}

/** HSDS's Page envelope: size is what this page holds; empty means nothing matched at all. */
export function pageOf<T>(contents: T[], total: number, paging: Paging) {
  const totalPages = Math.ceil(total / paging.per_page);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: paging.page,
    size: contents.length,
    first_page: paging.page === 1,
    last_page: paging.page >= totalPages,
    empty: total === 0,
    contents,
  };
}

/**
 * Half the Earth's circumference, in km: every point is within it of any centre. A search "near" this far
 * is the directory's indexed search restricted to listings with an in-person place, which is what a list
 * of services at locations is when no postcode narrows it.
 */
export const EVERYWHERE_KM = 20_016;

/**
 * Public listings matching the HSDS filters, one page of them. A term id that is not one of Attune's
 * (another taxonomy's) matches nothing, without a query.
 */
export async function publicListings(
  app: FastifyInstance,
  filters: {
    search?: string | undefined;
    taxonomy_term_id?: string | undefined;
    near?: { centre: Point; radiusKm: number };
  },
  paging: Paging,
): Promise<{ listings: Listing[]; total: number }> {
  const term = filters.taxonomy_term_id ? termById(filters.taxonomy_term_id) : undefined;
  if (filters.taxonomy_term_id && !term) return { listings: [], total: 0 };
  const { hits, total } = await app.attune.directorySearch.search({
    ...(filters.search ? { text: filters.search } : {}),
    ...(filters.near ? { near: filters.near } : {}),
    filters: term ? [{ facet: term.facet, term: term.code }] : [],
    offset: (paging.page - 1) * paging.per_page,
    limit: paging.per_page,
  });
  return { listings: hits.map((h) => h.listing), total };
}
