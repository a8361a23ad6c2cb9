import { z } from "zod";
import type { Listing } from "../../db/repositories/directory-listings.js";
import { freshnessOf } from "../../domain/directory/listing.js";
import {
  approaches,
  credentialTypes,
  focusAreas,
  insurancePlans,
  serviceTypes,
} from "../../domain/directory/taxonomy.js";

/**
 * A listing as the public sees it. Never shown: the owner, moderators' identities and notes, credential
 * changes waiting for review, and the street address unless the provider chose to show it.
 */
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const credentialSchema = z.object({
  type: z.enum(credentialTypes),
  verified: z.boolean().describe("A moderator checked this credential"),
  verifiedOn: z.string().nullable().describe("YYYY-MM-DD of the check"),
});

const placeSchema = z.object({
  address: z.string().nullable().describe("Shown only when the provider chose to show it"),
  city: z.string(),
  region: z.string().nullable(),
  postcode: z.string().nullable(),
  country: z.string(),
});

export const providerCardSchema = z.object({
  id: z.string().describe("Stable: clinician referrals keep pointing at it"),
  name: z.string(),
  kind: z.enum(["individual", "organization"]),
  organization: z.string().nullable(),
  services: z.array(z.enum(serviceTypes)),
  focus: z.array(z.enum(focusAreas)),
  approaches: z.array(z.enum(approaches)),
  credentials: z.array(credentialSchema),
  languages: z.array(z.string()),
  insurance: z.array(z.enum(insurancePlans)),
  slidingScale: z.boolean(),
  accepting: z.boolean(),
  acceptingConfirmedOn: z
    .string()
    .describe("YYYY-MM-DD the provider last confirmed whether they take new clients"),
  inPerson: placeSchema.nullable(),
  telehealth: z.array(z.string()),
  distanceKm: z.number().optional().describe("From the searched place, when the search had one"),
});

export const providerSchema = providerCardSchema.extend({
  about: z.string(),
  fees: z.string().nullable(),
  contact: z.object({
    phone: z.string().optional(),
    email: z.string().optional(),
    website: z.string().optional(),
  }),
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  reconfirmDue: z.boolean().describe("More than 90 days since the last confirmation"),
});

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

export function providerCard(l: Listing, distanceKm?: number | null): z.infer<typeof providerCardSchema> {
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

export function providerView(l: Listing, now = Date.now()): z.infer<typeof providerSchema> {
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
