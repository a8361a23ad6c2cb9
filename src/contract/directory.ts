import { z } from "zod";
import { listingStatuses } from "../domain/directory/listing.js";
import { credentialInputSchema, storedListingInputSchema } from "../domain/directory/listing-input.js";
import {
  approaches,
  credentialTypes,
  focusAreas,
  insurancePlans,
  serviceTypes,
} from "../domain/directory/taxonomy.js";

/**
 * The directory's replies: a listing as the public sees it (never the owner, moderators' identities and notes,
 * credential changes waiting for review, or the street address unless the provider chose to show it), as its
 * owner sees it, and as a moderator sees it.
 */
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
export type ProviderCard = z.infer<typeof providerCardSchema>;

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
export type Provider = z.infer<typeof providerSchema>;

/** One page of public search results, with the place the search measured from. */
export const searchPageSchema = z.object({
  items: z.array(providerCardSchema),
  total: z.number(),
  nextCursor: z.string().nullable(),
  near: z
    .object({ label: z.string(), lat: z.number(), lon: z.number(), radiusKm: z.number() })
    .nullable()
    .describe("The place the search measured from, as understood"),
});
export type SearchPage = z.infer<typeof searchPageSchema>;

export const historySchema = z.object({ action: z.string(), reason: z.string().nullable(), at: z.string() });

/** The public view, plus where the listing stands, when to reconfirm, and the application's own words. */
export const ownListingSchema = providerSchema.extend({
  status: z.enum(listingStatuses),
  freshness: z.enum(["fresh", "reconfirm_due", "stale"]),
  reconfirmBy: z.string().describe("YYYY-MM-DD: 90 days after the last confirmation"),
  hiddenAfter: z.string().describe("YYYY-MM-DD: unconfirmed after this day, the listing leaves search"),
  moderationNote: z
    .string()
    .nullable()
    .describe("The moderator's reason, when changes were asked for or it was not accepted"),
  pendingCredentials: z.array(credentialInputSchema).nullable(),
  input: storedListingInputSchema.describe("The listing in the words of the application, for the edit form"),
  history: z.array(historySchema),
});
export type OwnListing = z.infer<typeof ownListingSchema>;

/** Everything its owner sees, plus who owns it, who checked each credential and how, and who did what. */
export const moderatorListingSchema = ownListingSchema.extend({
  review: z.enum(["new", "credential_change", "none"]).describe("What the queue asks of the moderator"),
  source: z.enum(["application", "hsds_import", "demo"]),
  owner: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  applicantEmail: z
    .string()
    .nullable()
    .describe("Who applied without an account, until an account with this email takes the listing over"),
  missing: z
    .array(z.string())
    .describe("What the listing lacks before it can be approved; empty when it is whole"),
  verifications: z.array(
    z.object({
      type: z.enum(credentialTypes),
      detail: z.string().nullable(),
      verified: z.object({ by: z.string(), at: z.string(), method: z.string() }).nullable(),
    }),
  ),
  events: z.array(
    z.object({
      action: z.string(),
      reason: z.string().nullable(),
      at: z.string(),
      actorId: z.string().nullable(),
    }),
  ),
  createdAt: z.string(),
});
export type ModeratorListing = z.infer<typeof moderatorListingSchema>;
