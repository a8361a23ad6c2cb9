import type { z } from "zod";
import { type ListingInput, listingInputSchema } from "../../domain/directory/listing-input.js";
import { telehealthRegion } from "../../domain/directory/taxonomy.js";
import type { HsdsServiceInput } from "./dataset.js";
import { type HsdsFacet, NEW_CLIENTS_UNIT, taxonomyIdOf, termById } from "./vocabulary.js";

/**
 * An HSDS service read back into a listing: the reverse of presenters/hsds/service.ts, so a service this
 * API published imports as the same words. For a service from elsewhere:
 * - one person or an organization: a person when a contact of the service bears the service's name (as
 *   Attune publishes a person's listing); their practice is then the organization, when it is named
 *   differently;
 * - terms: attributes that link Attune's taxonomy terms (by id); terms of other taxonomies are ignored;
 * - taking new clients: the "new_clients" capacity if given, else not while "temporarily closed", else yes;
 * - in person: the first service at location with a physical or postal address (coordinates as given, else
 *   placed from the postcode or city); telehealth: service areas whose extent is a region code (US-CA);
 * - only "active" or "temporarily closed" services become listings.
 * Then the listing must pass the same checks as a provider's application (listingInputSchema).
 */
export type ToListing = { listing: ListingInput; problems?: undefined } | { problems: string[] };

const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
const present = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** Where each listing field comes from in HSDS, to name it in a problem. */
const hsdsFieldOf: Record<string, string> = {
  name: "name",
  organization: "organization.name",
  about: "description",
  services: `attributes (link at least one term of Attune's service taxonomy, id ${taxonomyIdOf("service")}: see GET /api/hsds/taxonomy_terms)`,
  focus: "attributes (focus terms)",
  approaches: "attributes (approach terms)",
  credentials: "attributes (credential terms)",
  insurance: "attributes (insurance terms)",
  languages: "languages (give each language's ISO 639 code)",
  fees: "fees_description",
  inPerson: "service_at_locations or service_areas",
  telehealth: "service_areas (extent: a region code such as US-CA)",
  contact: "url, email or phones",
  "contact.phone": "phones.number",
  "contact.email": "email",
  "contact.website": "url",
};

function problemOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  const field =
    hsdsFieldOf[path.slice(0, 2).join(".")] ??
    (path[0] === "inPerson"
      ? `service_at_locations.location.addresses.${path.slice(1).join(".")}`
      : undefined) ??
    hsdsFieldOf[path[0] ?? ""] ??
    (path.join(".") || "service");
  return `${field}: ${issue.message}`;
}

function termsOf(s: HsdsServiceInput, facet: HsdsFacet): string[] {
  const codes = (s.attributes ?? []).flatMap((a) => {
    const term = termById(a.taxonomy_term_id ?? a.taxonomy_term?.id ?? "");
    return term?.facet === facet ? [term.code] : [];
  });
  return [...new Set(codes)];
}

function placeOf(s: HsdsServiceInput): Record<string, unknown> | null {
  for (const sal of s.service_at_locations ?? []) {
    const loc = sal.location;
    if (!loc || loc.location_type === "virtual") continue;
    const addresses = (loc.addresses ?? []).filter((a) => a.address_type !== "virtual");
    const address = addresses.find((a) => a.address_type === "physical") ?? addresses[0];
    if (!address) continue;
    const country = address.country.trim().toUpperCase();
    const street = present(address.address_1);
    const region = present(address.state_province) ?? present(address.region);
    return {
      ...(street ? { address: street } : {}),
      showAddress: Boolean(street),
      city: address.city,
      ...(region ? { region } : {}),
      ...(present(address.postal_code) ? { postcode: present(address.postal_code) } : {}),
      country: country === "UK" ? "GB" : country,
      ...(loc.latitude !== undefined && loc.longitude !== undefined
        ? { lat: loc.latitude, lon: loc.longitude }
        : {}),
    };
  }
  return null;
}

function telehealthOf(s: HsdsServiceInput): string[] {
  const areas = [
    ...(s.service_areas ?? []),
    ...(s.service_at_locations ?? []).flatMap((sal) => sal.service_areas ?? []),
  ];
  const codes = areas.flatMap((a) => {
    const code = a.extent?.trim().toUpperCase();
    return a.extent_type === "text" && code && telehealthRegion.test(code) ? [code] : [];
  });
  return [...new Set(codes)];
}

function acceptingOf(s: HsdsServiceInput): boolean {
  const capacity = (s.capacities ?? []).find((c) => c.unit.identifier === NEW_CLIENTS_UNIT);
  if (capacity) return capacity.available > 0;
  return s.status !== "temporarily closed";
}

/** The first of these that has any words in it. */
const firstPresent = (...values: (string | undefined)[]) => values.map(present).find(Boolean);

/** Only the fields that have something in them, so the listing's own checks speak of what is missing. */
const defined = (fields: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));

export function listingOf(s: HsdsServiceInput): ToListing {
  if (s.status === "inactive" || s.status === "defunct")
    return { problems: [`status: only services that run now are listed, and this one is ${s.status}`] };
  const org = s.organization;
  const person = (s.contacts ?? []).find((c) => same(c.name, s.name));
  const codes = (s.languages ?? []).map((l) => present(l.code)?.toLowerCase());
  const problems: string[] = [];
  if (codes.some((c) => c === undefined))
    problems.push("languages: give each language's ISO 639 code (code), such as en or es");
  const candidate = {
    name: s.name,
    kind: person ? "individual" : "organization",
    ...(person && org && !same(org.name, s.name) ? { organization: org.name } : {}),
    about: firstPresent(s.description, org?.description) ?? "",
    services: termsOf(s, "service"),
    focus: termsOf(s, "focus"),
    approaches: termsOf(s, "approach"),
    credentials: termsOf(s, "credential").map((type) => ({ type })),
    languages: [...new Set(codes.filter((c): c is string => c !== undefined))],
    insurance: termsOf(s, "insurance"),
    ...defined({ fees: firstPresent(s.fees_description, s.fees) }),
    slidingScale: (s.cost_options ?? []).some((o) => /sliding scale|escala m[oó]vil/i.test(o.option ?? "")),
    accepting: acceptingOf(s),
    inPerson: placeOf(s),
    telehealth: telehealthOf(s),
    contact: defined({
      phone: firstPresent(s.phones?.[0]?.number),
      email: firstPresent(s.email, person?.email, org?.email),
      website: firstPresent(s.url, org?.website),
    }),
  };
  const parsed = listingInputSchema.safeParse(candidate);
  if (!parsed.success) problems.push(...parsed.error.issues.map(problemOf));
  if (problems.length || !parsed.success) return { problems };
  return { listing: parsed.data };
}
