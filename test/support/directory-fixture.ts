import type { z } from "zod";
import type { ListingSource } from "../../src/db/repositories/directory-listings.js";
import type { ListingStatus } from "../../src/domain/directory/listing.js";
import type { ListingInput } from "../../src/domain/directory/listing-input.js";
import { listingInputSchema } from "../../src/domain/directory/listing-input.js";
import type { TestServer } from "./test-server.js";

export const DAY_MS = 86_400_000;
/** km per degree of latitude on the sphere the domain uses (R = 6371.0088 km). */
export const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/** A complete listing with sensible defaults; tests override what they are about. */
export function listing(
  overrides: Partial<z.input<typeof listingInputSchema>> & { name: string },
): ListingInput {
  return listingInputSchema.parse({
    kind: "individual",
    about: `${overrides.name} works with parents and babies in the first year, gently and without judgement.`,
    services: ["therapy"],
    languages: ["en"],
    accepting: true,
    telehealth: [],
    contact: { email: "hello@example.org" },
    ...overrides,
  });
}

/**
 * Puts a listing straight into the server's real database, in a given status and confirmation date: the
 * fixture for search tests, which are about what is found, not about how a listing got approved (the
 * moderation tests cover that through the API).
 */
export async function seedListing(
  server: TestServer,
  input: ListingInput,
  options: {
    status?: ListingStatus;
    at?: { lat: number; lon: number } | null;
    confirmedDaysAgo?: number;
    source?: ListingSource;
    /** The account that owns it (default none), for tests of what an owner can do with an old listing. */
    ownerId?: string;
  } = {},
) {
  const now = Date.now();
  return server.app.attune.directory.create(
    { ...input, coordinates: options.at ?? null },
    {
      ownerId: options.ownerId ?? null,
      source: options.source ?? "demo",
      status: options.status ?? "approved",
      now,
      confirmedAt: now - (options.confirmedDaysAgo ?? 0) * DAY_MS,
    },
  );
}
