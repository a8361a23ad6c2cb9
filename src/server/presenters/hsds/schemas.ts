import { z } from "zod";

/**
 * The HSDS 3.1 objects Attune publishes, as zod schemas: they document /api/hsds in the OpenAPI file and
 * shape the replies (a field missing here would be dropped from the reply). Field names, types and
 * required fields follow the Open Referral schemas (test/fixtures/hsds-3.1, checked by
 * test/integration/hsds.test.ts). HSDS has no nulls: a field Attune has nothing for is left out.
 */
const uuid = z.string().describe("UUID");
const day = z.string().describe("YYYY-MM-DD");
const dateTime = z.string().describe("ISO 8601 date-time");

export const hsdsTaxonomySchema = z.object({
  id: uuid,
  name: z.string(),
  description: z.string(),
  version: z.string(),
});

export const hsdsTaxonomyTermSchema = z.object({
  id: uuid,
  code: z.string().describe("Attune's key for the term, as used by /api/directory"),
  name: z.string(),
  description: z.string(),
  taxonomy: z.string(),
  taxonomy_id: uuid,
  taxonomy_detail: hsdsTaxonomySchema,
  language: z.string().describe("ISO 639-1 code of the name and description"),
});

export const hsdsAttributeSchema = z.object({
  id: uuid,
  link_id: uuid,
  link_entity: z.literal("service"),
  taxonomy_term_id: uuid,
  taxonomy_term: hsdsTaxonomyTermSchema,
  value: z.string().optional().describe("For a credential a moderator checked: verified YYYY-MM-DD"),
});

export const hsdsLanguageSchema = z.object({
  id: uuid,
  service_id: uuid,
  name: z.string(),
  code: z.string().describe("ISO 639-1, or 639-3 where there is no two-letter code"),
});

export const hsdsPhoneSchema = z.object({
  id: uuid,
  service_id: uuid,
  number: z.string(),
  type: z.literal("voice"),
});

export const hsdsContactSchema = z.object({
  id: uuid,
  service_id: uuid,
  name: z.string().describe("The practitioner, for a listing of one person"),
  email: z.string().optional(),
});

export const hsdsAddressSchema = z.object({
  id: uuid,
  location_id: uuid,
  address_1: z.string().describe("The street, or empty when the provider keeps it private"),
  city: z.string(),
  state_province: z.string(),
  postal_code: z.string(),
  country: z.string().describe("ISO 3166-1 alpha-2"),
  address_type: z.literal("physical"),
});

export const hsdsLocationSchema = z.object({
  id: uuid,
  location_type: z.literal("physical"),
  organization_id: uuid,
  name: z.string(),
  latitude: z.number().optional().describe("Rounded to about a kilometre when the street is private"),
  longitude: z.number().optional(),
  addresses: z.array(hsdsAddressSchema),
});

export const hsdsServiceAreaSchema = z.object({
  id: uuid,
  service_id: uuid,
  name: z.string(),
  description: z.string(),
  extent: z.string().describe("ISO 3166 code of the country or subdivision served by telehealth"),
  extent_type: z.literal("text"),
});

export const hsdsCostOptionSchema = z.object({
  id: uuid,
  service_id: uuid,
  option: z.string(),
  amount_description: z.string(),
});

export const hsdsUnitSchema = z.object({
  id: uuid,
  name: z.string(),
  scheme: z.string(),
  identifier: z.string(),
});

export const hsdsCapacitySchema = z.object({
  id: uuid,
  service_id: uuid,
  unit: hsdsUnitSchema,
  unit_id: uuid,
  available: z.number().describe("1 while the provider takes new clients, 0 while not"),
  description: z.string(),
  updated: dateTime.describe("When the provider last confirmed it"),
});

export const hsdsOrganizationSchema = z.object({
  id: uuid,
  name: z.string(),
  description: z.string(),
  email: z.string().optional(),
  website: z.string().optional(),
});

/** A service's one-to-one fields: list items, and the services nested in an organization. */
export const hsdsServiceBasicSchema = z.object({
  id: uuid.describe("The Attune listing id"),
  organization_id: uuid,
  name: z.string(),
  description: z.string(),
  url: z.string().optional(),
  email: z.string().optional(),
  status: z.literal("active"),
  fees_description: z.string().optional(),
  accreditations: z.string().optional(),
  assured_date: day.describe("When the provider last confirmed the listing"),
  alert: z.string().optional().describe("Said while the provider takes no new clients"),
  last_modified: dateTime,
});

export const hsdsServiceListItemSchema = hsdsServiceBasicSchema.extend({
  organization: hsdsOrganizationSchema,
});

export const hsdsServiceAtLocationBasicSchema = z.object({
  id: uuid,
  service_id: uuid,
  location_id: uuid,
  location: hsdsLocationSchema,
});

const serviceDetail = {
  organization: hsdsOrganizationSchema,
  phones: z.array(hsdsPhoneSchema),
  contacts: z.array(hsdsContactSchema),
  languages: z.array(hsdsLanguageSchema),
  service_areas: z.array(hsdsServiceAreaSchema),
  cost_options: z.array(hsdsCostOptionSchema),
  capacities: z.array(hsdsCapacitySchema),
  attributes: z.array(hsdsAttributeSchema),
};

/** A service with everything about it except where it is (as nested in a service at location). */
export const hsdsServiceWithoutPlacesSchema = hsdsServiceBasicSchema.extend(serviceDetail);

export const hsdsServiceSchema = hsdsServiceWithoutPlacesSchema.extend({
  service_at_locations: z.array(hsdsServiceAtLocationBasicSchema),
});

export const hsdsServiceAtLocationListItemSchema = hsdsServiceAtLocationBasicSchema.extend({
  service: hsdsServiceListItemSchema,
});

export const hsdsServiceAtLocationSchema = hsdsServiceAtLocationBasicSchema.extend({
  service: hsdsServiceWithoutPlacesSchema,
});

export const hsdsOrganizationFullSchema = hsdsOrganizationSchema.extend({
  phones: z.array(hsdsPhoneSchema),
  locations: z.array(hsdsLocationSchema),
  services: z.array(hsdsServiceBasicSchema),
});

/** HSDS's paged envelope (the `Page` schema of its OpenAPI file) around a list. */
export const hsdsPage = <T extends z.ZodType>(item: T) =>
  z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int().describe("How many items this page holds"),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean().describe("True when nothing matched at all"),
    contents: z.array(item),
  });

export type HsdsService = z.infer<typeof hsdsServiceSchema>;
export type HsdsServiceListItem = z.infer<typeof hsdsServiceListItemSchema>;
export type HsdsServiceBasic = z.infer<typeof hsdsServiceBasicSchema>;
export type HsdsServiceWithoutPlaces = z.infer<typeof hsdsServiceWithoutPlacesSchema>;
export type HsdsOrganization = z.infer<typeof hsdsOrganizationSchema>;
export type HsdsOrganizationFull = z.infer<typeof hsdsOrganizationFullSchema>;
export type HsdsLocation = z.infer<typeof hsdsLocationSchema>;
export type HsdsServiceAtLocationBasic = z.infer<typeof hsdsServiceAtLocationBasicSchema>;
export type HsdsServiceAtLocationListItem = z.infer<typeof hsdsServiceAtLocationListItemSchema>;
export type HsdsServiceAtLocation = z.infer<typeof hsdsServiceAtLocationSchema>;
export type HsdsTaxonomy = z.infer<typeof hsdsTaxonomySchema>;
export type HsdsTaxonomyTerm = z.infer<typeof hsdsTaxonomyTermSchema>;
