import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { credentialReview } from "./directory/credential-review.js";
import { newListings } from "./directory/listings.js";
import { moderationQueue } from "./directory/moderation-queue.js";
import { ownerEdits } from "./directory/owner-edit.js";
import { listingOwnership } from "./directory/ownership.js";
import { listingReader } from "./directory/reader.js";

export type { CredentialVerification, ListedCredential } from "./directory/credentials.js";
export type { ListingAudit } from "./directory/history.js";
export type { CreateMeta } from "./directory/listings.js";
export type { ListingEdit } from "./directory/owner-edit.js";
export {
  inputOf,
  type Listing,
  type ListingSource,
  type NewListing,
  type Place,
  toListing,
} from "./directory/rows.js";

/**
 * The directory's listings, as one repository (`attune.directory`) made of parts with one job each, in
 * ./directory/: row mapping (rows), the terms and text search reads (search-terms), credential states
 * (credentials) and a moderator's decisions on them (credential-review), new listings, an owner's edits,
 * ownership, and the moderation queue with each listing's history. Every part reads listings the same way.
 */
export function directoryListingsRepository(db: Kysely<Database>) {
  const load = listingReader(db);
  return {
    get: (id: string) => load({ id }),
    /** By the internal key the search indexes return. */
    getByNum: (num: number) => load({ num }),
    ...newListings(db, load),
    ...ownerEdits(db, load),
    ...listingOwnership(db, load),
    ...credentialReview(db, load),
    ...moderationQueue(db, load),
  };
}
export type DirectoryListingsRepository = ReturnType<typeof directoryListingsRepository>;
