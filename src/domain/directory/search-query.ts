import { z } from "zod";
import { facets, languageCode, telehealthRegion } from "./taxonomy.js";

/**
 * A directory search as it arrives in a URL (GET /api/directory/providers and the web page's address, which
 * are the same words so a search can be shared). Every value is checked, and a bad one is a 400 that says
 * what would be accepted. Facet filters take one value each; several different filters narrow together (AND).
 */
export const DEFAULT_RADIUS_KM = 25;
export const MAX_RADIUS_KM = 500;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

const flag = (name: string) =>
  z.enum(["true", "false"], `${name} is true or false`).transform((v) => v === "true");

/** A facet filter takes one of the facet's keys, and a wrong one is answered with the whole list. */
const facetFilter = <F extends keyof typeof facets>(facet: F) =>
  z.enum(facets[facet], `${facet} is one of: ${facets[facet].join(", ")}`).optional();

export const searchQuerySchema = z
  .object({
    q: z.string().trim().max(200, "keep the search words under 200 characters").optional(),
    near: z
      .string()
      .trim()
      .min(2, "near is a US ZIP code, a UK postcode district, a city, or lat,lon")
      .max(100)
      .optional(),
    radiusKm: z.coerce
      .number("radiusKm is a number of kilometres")
      .positive("radiusKm is more than 0")
      .max(MAX_RADIUS_KM, `radiusKm is at most ${MAX_RADIUS_KM}`)
      .optional(),
    service: facetFilter("service"),
    focus: facetFilter("focus"),
    credential: facetFilter("credential"),
    approach: facetFilter("approach"),
    language: z.string().regex(languageCode, "language is a code such as en, es or pl").optional(),
    insurance: facetFilter("insurance"),
    telehealth: z
      .string()
      .regex(telehealthRegion, "telehealth is a region code such as US, US-CA, GB or GB-SCT")
      .optional(),
    slidingScale: flag("slidingScale").optional(),
    accepting: flag("accepting").optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce
      .number("limit is a whole number")
      .int("limit is a whole number")
      .min(1, "limit is at least 1")
      .max(MAX_PAGE_SIZE, `limit is at most ${MAX_PAGE_SIZE}`)
      .optional(),
  })
  .strict()
  .refine((s) => s.radiusKm === undefined || s.near !== undefined, {
    message: "radiusKm needs near: say where to measure from",
    path: ["radiusKm"],
  });

export type SearchQuery = z.infer<typeof searchQuerySchema>;
