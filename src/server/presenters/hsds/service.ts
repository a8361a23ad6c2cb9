import type { Listing } from "../../../db/repositories/directory-listings.js";
import { partId } from "../../hsds/ids.js";
import {
  type HsdsFacet,
  type HsdsLanguage,
  NEW_CLIENTS_UNIT,
  newClientsUnitId,
  termName,
  type VocabularyTerm,
  vocabularyTerms,
} from "../../hsds/vocabulary.js";
import { hsdsOrganization, hsdsServiceAtLocationBasic } from "./listing-parts.js";
import type {
  HsdsService,
  HsdsServiceBasic,
  HsdsServiceListItem,
  HsdsServiceWithoutPlaces,
} from "./schemas.js";
import { hsdsTaxonomyTerm } from "./taxonomy.js";
import { languageName, regionName, say } from "./words.js";

/**
 * One public listing in Open Referral HSDS 3.1 (docs/architecture.md, "HSDS", says the same):
 *
 * - organization: the listing for an organization; for one person, their practice (`organization`) or,
 *   without one, the person. Its id is derived from the listing id (hsds/ids.ts), as are all ids below.
 * - service: id = the listing id; name; description = about; status "active" (only public listings are
 *   published: approved and confirmed within 180 days); url, email and phones from the contact;
 *   fees_description = fees; assured_date = when the provider last confirmed the listing;
 *   last_modified; accreditations = the credentials' names (a moderator's check shown as "verified" with
 *   its date; licence numbers are never published); alert while not taking new clients.
 * - attributes: one per term the listing holds (service, focus, approach, credential, insurance), each
 *   linking the Attune taxonomy term (hsds/vocabulary.ts); a checked credential's value is "verified DATE".
 * - languages: ISO 639 codes with names in the reply's language.
 * - contacts: for one person, the person (how an import tells a person's listing from an organization's).
 * - service_at_locations: for an in-person place, one location (physical, with its address; the street
 *   only when the provider shows it, and rounded coordinates otherwise).
 * - service_areas: one per telehealth region, the ISO 3166 code in `extent` (extent_type "text").
 * - cost_options: "Sliding scale" when fees are adjusted to income.
 * - capacities (3.1): unit "new_clients", available 1 while taking new clients and 0 while not, updated
 *   when last confirmed. Attune knows whether a provider has room, not how much.
 * The import (hsds/to-listing.ts) reads these same fields back.
 */
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The listing's terms, facet by facet, in the vocabulary's order. */
function termsOf(l: Listing): { term: VocabularyTerm; verifiedAt: number | null }[] {
  const held: Record<HsdsFacet, Map<string, number | null>> = {
    service: new Map(l.services.map((k) => [k, null])),
    focus: new Map(l.focus.map((k) => [k, null])),
    approach: new Map(l.approaches.map((k) => [k, null])),
    credential: new Map(l.credentials.map((c) => [c.type, c.verified?.at ?? null])),
    insurance: new Map(l.insurance.map((k) => [k, null])),
  };
  return vocabularyTerms
    .filter((t) => held[t.facet].has(t.code))
    .map((term) => ({ term, verifiedAt: held[term.facet].get(term.code) ?? null }));
}

function accreditationsOf(l: Listing, lang: HsdsLanguage): string | undefined {
  if (!l.credentials.length) return undefined;
  return l.credentials
    .map((c) => {
      const name = termName("credential", c.type, lang);
      return c.verified ? `${name} (verified ${day(c.verified.at)})` : name;
    })
    .join("; ");
}

export function hsdsServiceBasic(l: Listing, lang: HsdsLanguage): HsdsServiceBasic {
  const accreditations = accreditationsOf(l, lang);
  return {
    id: l.id,
    organization_id: partId(l.id, "organization"),
    name: l.name,
    description: l.about,
    ...(l.contact.website ? { url: l.contact.website } : {}),
    ...(l.contact.email ? { email: l.contact.email } : {}),
    status: "active",
    ...(l.fees ? { fees_description: l.fees } : {}),
    ...(accreditations ? { accreditations } : {}),
    assured_date: day(l.confirmedAt),
    ...(l.accepting ? {} : { alert: say("notAccepting", lang) }),
    last_modified: new Date(l.updatedAt).toISOString(),
  };
}

export function hsdsServiceListItem(l: Listing, lang: HsdsLanguage): HsdsServiceListItem {
  return { ...hsdsServiceBasic(l, lang), organization: hsdsOrganization(l) };
}

export function hsdsServiceWithoutPlaces(l: Listing, lang: HsdsLanguage): HsdsServiceWithoutPlaces {
  return {
    ...hsdsServiceBasic(l, lang),
    organization: hsdsOrganization(l),
    phones: l.contact.phone
      ? [{ id: partId(l.id, "phone"), service_id: l.id, number: l.contact.phone, type: "voice" }]
      : [],
    contacts:
      l.kind === "individual"
        ? [
            {
              id: partId(l.id, "contact"),
              service_id: l.id,
              name: l.name,
              ...(l.contact.email ? { email: l.contact.email } : {}),
            },
          ]
        : [],
    languages: l.languages.map((code) => ({
      id: partId(l.id, `language/${code}`),
      service_id: l.id,
      name: languageName(code, lang),
      code,
    })),
    service_areas: l.telehealth.map((code) => ({
      id: partId(l.id, `service_area/${code}`),
      service_id: l.id,
      name: `${say("telehealthIn", lang)} ${regionName(code, lang)}`,
      description: `${say("telehealthDetail", lang)} ${regionName(code, lang)}.`,
      extent: code,
      extent_type: "text",
    })),
    cost_options: l.slidingScale
      ? [
          {
            id: partId(l.id, "cost_option/sliding_scale"),
            service_id: l.id,
            option: say("slidingScale", lang),
            amount_description: say("slidingScaleDetail", lang),
          },
        ]
      : [],
    capacities: [
      {
        id: partId(l.id, `capacity/${NEW_CLIENTS_UNIT}`),
        service_id: l.id,
        unit: {
          id: newClientsUnitId,
          name: say("newClientsUnit", lang),
          scheme: "Attune",
          identifier: NEW_CLIENTS_UNIT,
        },
        unit_id: newClientsUnitId,
        available: l.accepting ? 1 : 0,
        description: say(l.accepting ? "accepting" : "notAccepting", lang),
        updated: new Date(l.confirmedAt).toISOString(),
      },
    ],
    attributes: termsOf(l).map(({ term, verifiedAt }) => ({
      id: partId(l.id, `attribute/${term.facet}/${term.code}`),
      link_id: l.id,
      link_entity: "service" as const,
      taxonomy_term_id: term.id,
      taxonomy_term: hsdsTaxonomyTerm(term, lang),
      ...(verifiedAt !== null ? { value: `verified ${day(verifiedAt)}` } : {}),
    })),
  };
}

/** The whole service: GET /services/{id}. */
export function hsdsService(l: Listing, lang: HsdsLanguage): HsdsService {
  const place = hsdsServiceAtLocationBasic(l);
  return { ...hsdsServiceWithoutPlaces(l, lang), service_at_locations: place ? [place] : [] };
}
