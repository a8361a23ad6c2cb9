import type { Listing } from "../../../db/repositories/directory-listings.js";
import { partId } from "../../hsds/ids.js";
import type { HsdsLanguage } from "../../hsds/vocabulary.js";
import { hsdsLocation, hsdsOrganization, hsdsServiceAtLocationBasic } from "./listing-parts.js";
import type {
  HsdsOrganizationFull,
  HsdsServiceAtLocation,
  HsdsServiceAtLocationListItem,
} from "./schemas.js";
import { hsdsServiceBasic, hsdsServiceListItem, hsdsServiceWithoutPlaces } from "./service.js";

/**
 * The nested replies HSDS's API defines around one listing: an organization with its services, and a
 * service at location with its service. Each listing is one organization with one service, so these are
 * the same listing seen from another side.
 */

/** GET /organizations/{id}: the organization with its phones, places and services (one-to-one fields). */
export function hsdsOrganizationFull(l: Listing, lang: HsdsLanguage): HsdsOrganizationFull {
  const location = hsdsLocation(l);
  return {
    ...hsdsOrganization(l),
    phones: l.contact.phone
      ? [{ id: partId(l.id, "phone"), service_id: l.id, number: l.contact.phone, type: "voice" }]
      : [],
    locations: location ? [location] : [],
    services: [hsdsServiceBasic(l, lang)],
  };
}

/** An item of GET /service_at_locations; null for a listing with no in-person place. */
export function hsdsServiceAtLocationListItem(
  l: Listing,
  lang: HsdsLanguage,
): HsdsServiceAtLocationListItem | null {
  const basic = hsdsServiceAtLocationBasic(l);
  return basic ? { ...basic, service: hsdsServiceListItem(l, lang) } : null;
}

/** GET /service_at_locations/{id}: the place with the whole service offered there. */
export function hsdsServiceAtLocation(l: Listing, lang: HsdsLanguage): HsdsServiceAtLocation | null {
  const basic = hsdsServiceAtLocationBasic(l);
  return basic ? { ...basic, service: hsdsServiceWithoutPlaces(l, lang) } : null;
}
