import { type Provider, type ProviderCard, providerSchema } from "../../contract/directory.js";
import type { Listing } from "../../db/repositories/directory-listings.js";
import { freshnessOf } from "../../domain/directory/listing.js";

/**
 * A listing as the public sees it. Never shown: the owner, moderators' identities and notes, credential
 * changes waiting for review, and the street address unless the provider chose to show it.
 */
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export { providerSchema };

function placeOf(l: Listing) {
  if (!l.place) return null;
  return {
    address: l.place.showAddress ? (l.place.address ?? null) : null,
    city: l.place.city,
    region: l.place.region ?? null,
    postcode: l.place.postcode ?? null,
    country: l.place.country,
  };
}

export function providerCard(l: Listing, distanceKm?: number | null): ProviderCard {
  return {
    id: l.id,
    name: l.name,
    kind: l.kind,
    organization: l.organization,
    services: l.services,
    focus: l.focus,
    approaches: l.approaches,
    credentials: l.credentials.map((c) => ({
      type: c.type,
      verified: c.verified !== null,
      verifiedOn: c.verified ? day(c.verified.at) : null,
    })),
    languages: l.languages,
    insurance: l.insurance,
    slidingScale: l.slidingScale,
    accepting: l.accepting,
    acceptingConfirmedOn: day(l.confirmedAt),
    inPerson: placeOf(l),
    telehealth: l.telehealth,
    ...(distanceKm !== undefined && distanceKm !== null
      ? { distanceKm: Math.round(distanceKm * 10) / 10 }
      : {}),
  };
}

export function providerView(l: Listing, now = Date.now()): Provider {
  return {
    ...providerCard(l),
    about: l.about,
    fees: l.fees,
    contact: { ...l.contact },
    // Coordinates of an address the provider keeps private are rounded to about a kilometre.
    coordinates:
      l.lat === null || l.lon === null
        ? null
        : l.place?.showAddress
          ? { lat: l.lat, lon: l.lon }
          : { lat: Math.round(l.lat * 100) / 100, lon: Math.round(l.lon * 100) / 100 },
    reconfirmDue: freshnessOf(l.confirmedAt, now) !== "fresh",
  };
}
