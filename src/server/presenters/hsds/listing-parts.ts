import type { Listing } from "../../../db/repositories/directory-listings.js";
import { partId } from "../../hsds/ids.js";
import type { HsdsLocation, HsdsOrganization, HsdsServiceAtLocationBasic } from "./schemas.js";

/**
 * Who offers a listing and where: its HSDS organization, and for an in-person place its location and
 * service at location. See service.ts for the whole mapping.
 */

/** The organization: the listing itself for an organization; for a person, their practice or themself. */
export function hsdsOrganization(l: Listing): HsdsOrganization {
  return {
    id: partId(l.id, "organization"),
    name: l.kind === "individual" && l.organization ? l.organization : l.name,
    description: l.about,
    ...(l.contact.email ? { email: l.contact.email } : {}),
    ...(l.contact.website ? { website: l.contact.website } : {}),
  };
}

/**
 * The in-person place, or null for a telehealth-only listing. The street is published only when the
 * provider chose to show it (HSDS requires address_1, so it is empty otherwise), and then the coordinates
 * are rounded to about a kilometre, as on the provider's public page, so they cannot give the street away.
 */
export function hsdsLocation(l: Listing): HsdsLocation | null {
  const place = l.place;
  if (!place) return null;
  const id = partId(l.id, "location");
  const round = (n: number) => (place.showAddress ? n : Math.round(n * 100) / 100);
  return {
    id,
    location_type: "physical",
    organization_id: partId(l.id, "organization"),
    name: l.kind === "individual" && l.organization ? l.organization : l.name,
    ...(l.lat !== null && l.lon !== null ? { latitude: round(l.lat), longitude: round(l.lon) } : {}),
    addresses: [
      {
        id: partId(l.id, "address"),
        location_id: id,
        address_1: place.showAddress ? (place.address ?? "") : "",
        city: place.city,
        state_province: place.region ?? "",
        postal_code: place.postcode ?? "",
        country: place.country,
        address_type: "physical",
      },
    ],
  };
}

export function hsdsServiceAtLocationBasic(l: Listing): HsdsServiceAtLocationBasic | null {
  const location = hsdsLocation(l);
  if (!location) return null;
  return {
    id: partId(l.id, "service_at_location"),
    service_id: l.id,
    location_id: location.id,
    location,
  };
}
