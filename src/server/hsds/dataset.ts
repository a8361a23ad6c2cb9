import { z } from "zod";
import { isUuid } from "./ids.js";

/**
 * An HSDS 3.1 dataset as an import reads it. Accepted shapes: an array of services (the specification's
 * service package, as GET /services/{id} gives each one), one service, or a page of services
 * ({ contents: [...] }, as GET /services gives them). Anything else is not a dataset at all.
 *
 * Each service is checked against the HSDS 3.1 types and required fields of the parts Attune reads (the
 * Open Referral schemas, test/fixtures/hsds-3.1); parts it does not read (schedules, funding, programs,
 * metadata...) are let through unread. The checks name the HSDS field and what it must be, because the
 * person reading them is a moderator fixing a file.
 */
const SERVICE_STATUSES = ["active", "inactive", "defunct", "temporarily closed"] as const;

const missingOr = (otherwise: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? "is required" : otherwise;

const text = () => z.string({ error: missingOr("must be text") });
const optionalText = () => text().optional();
const uuid = () => text().refine(isUuid, "must be a UUID, as HSDS ids are");
const number = () => z.number({ error: missingOr("must be a number") });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: "must be a list" }).optional();
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: missingOr(`must be one of: ${values.join(", ")}`) });
const object = <T extends z.ZodRawShape>(shape: T) =>
  z.object(shape, { error: missingOr("must be an object") });

const taxonomyTerm = object({ id: uuid(), name: text(), description: text() });
const attribute = object({
  id: uuid(),
  taxonomy_term_id: uuid().optional(),
  taxonomy_term: taxonomyTerm.optional(),
});
const language = object({ id: uuid(), code: optionalText(), name: optionalText() });
const phone = object({ id: uuid(), number: text() });
const contact = object({ id: uuid(), name: optionalText(), email: optionalText() });
const serviceArea = object({
  id: uuid(),
  name: optionalText(),
  extent: optionalText(),
  extent_type: optionalText(),
});
const address = object({
  id: uuid(),
  address_1: text(),
  city: text(),
  region: optionalText(),
  state_province: text(),
  postal_code: text(),
  country: text(),
  address_type: oneOf(["physical", "postal", "virtual"]),
});
const location = object({
  id: uuid(),
  location_type: oneOf(["physical", "postal", "virtual"]),
  latitude: number().optional(),
  longitude: number().optional(),
  addresses: list(address),
});
const serviceAtLocation = object({
  id: uuid(),
  location: location.optional(),
  service_areas: list(serviceArea),
});
const costOption = object({ id: uuid(), option: optionalText() });
const capacity = object({
  id: uuid(),
  unit: object({ id: uuid(), name: text(), identifier: optionalText() }),
  available: number(),
  updated: text(),
});
const organization = object({
  id: uuid(),
  name: text(),
  description: text(),
  email: optionalText(),
  website: optionalText(),
});

export const hsdsServiceInput = object({
  id: uuid(),
  name: text(),
  status: oneOf(SERVICE_STATUSES),
  organization_id: uuid().optional(),
  description: optionalText(),
  url: optionalText(),
  email: optionalText(),
  fees_description: optionalText(),
  fees: optionalText(),
  organization: organization.optional(),
  phones: list(phone),
  contacts: list(contact),
  languages: list(language),
  service_at_locations: list(serviceAtLocation),
  service_areas: list(serviceArea),
  cost_options: list(costOption),
  capacities: list(capacity),
  attributes: list(attribute),
});
export type HsdsServiceInput = z.infer<typeof hsdsServiceInput>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A service has a name and a status; a page has contents. */
const looksLikeService = (v: Record<string, unknown>) => "name" in v && "status" in v;

/**
 * The services a body holds, in order, or a sentence saying why it is not an HSDS dataset. Items are
 * returned as they are; each is checked on its own so one bad service does not sink the rest.
 */
export function servicesIn(body: unknown): { services: unknown[] } | { notADataset: string } {
  const shapes =
    "Send an array of HSDS services (as GET /api/hsds/services/{id} gives each), one service, or a page of them ({ contents: [...] }).";
  let services: unknown[] | null = null;
  if (Array.isArray(body)) services = body;
  else if (isObject(body) && Array.isArray(body.contents)) services = body.contents;
  else if (isObject(body) && looksLikeService(body)) services = [body];
  if (!services) return { notADataset: `This is not an HSDS 3.1 dataset. ${shapes}` };
  if (!services.length) return { notADataset: `The dataset holds no services. ${shapes}` };
  if (!services.some(isObject))
    return { notADataset: `The dataset's items are not HSDS services (objects). ${shapes}` };
  if (services.every((s) => isObject(s) && !looksLikeService(s) && Array.isArray(s.services)))
    return {
      notADataset: `These look like organizations. Send their services instead, each with its organization nested in it. ${shapes}`,
    };
  return { services };
}
