import { type Kysely, sql } from "kysely";
import type { ListingStatus } from "../../../domain/directory/listing.js";
import { uuidv7 } from "../../../domain/ids.js";
import type { Database } from "../../schema.js";
import { insertNewCredentials, replaceCredentials } from "./credentials.js";
import { type ListingAudit, recordAudit } from "./history.js";
import type { LoadListing } from "./reader.js";
import { contentColumns, type Listing, type ListingSource, type NewListing } from "./rows.js";
import { insertTermsOf, replaceTerms } from "./search-terms.js";

/** Who a new listing belongs to, where it came from, and its audit record. */
export interface CreateMeta {
  ownerId: string | null;
  applicantEmail?: string;
  source: ListingSource;
  /** An imported listing's id at its source (the HSDS service id). */
  sourceRef?: string;
  status?: ListingStatus;
  now?: number;
  confirmedAt?: number;
  audit?: ListingAudit;
}

/** The columns of a new listing that are not its own words. */
const newRow = (status: ListingStatus, source: ListingSource, now: number, confirmedAt = now) => ({
  status,
  source,
  confirmed_at: confirmedAt,
  pending_changes: null,
  moderation_note: null,
  created_at: now,
  updated_at: now,
  approved_at: status === "approved" ? now : null,
});

/** New listings: an application, an import (once per source id), or many at once. */
export function newListings(db: Kysely<Database>, load: LoadListing) {
  /** Writes a listing with its terms, credentials and audit record in one transaction; null on a source id seen before. */
  async function insertListing(listing: NewListing, meta: CreateMeta): Promise<Listing | null> {
    const now = meta.now ?? Date.now();
    const status = meta.status ?? "pending";
    const id = uuidv7(now);
    const written = await db.transaction().execute(async (tx) => {
      const inserted = await tx
        .insertInto("directory_providers")
        .values({
          id,
          owner_id: meta.ownerId,
          applicant_email: meta.applicantEmail?.toLowerCase() ?? null,
          source_ref: meta.sourceRef?.toLowerCase() ?? null,
          ...contentColumns(listing),
          ...newRow(status, meta.source, now, meta.confirmedAt),
        })
        .onConflict((oc) => oc.columns(["source", "source_ref"]).doNothing())
        .returning("num")
        .executeTakeFirst();
      if (!inserted) return false;
      const num = Number(inserted.num);
      await replaceTerms(tx, num, listing);
      await replaceCredentials(tx, num, listing.credentials);
      await recordAudit(tx, id, meta.audit, now);
      return true;
    });
    return written ? ((await load({ id })) as Listing) : null;
  }

  return {
    /** A new listing with its terms and credentials, in one transaction. */
    async create(listing: NewListing, meta: CreateMeta): Promise<Listing> {
      return (await insertListing(listing, meta)) as Listing;
    },

    /**
     * An imported listing, once per source id: null, writing nothing, when this source already brought in a
     * listing with that id (before, or in an import running at the same moment).
     */
    async importOnce(listing: NewListing, meta: CreateMeta & { sourceRef: string }): Promise<Listing | null> {
      return insertListing(listing, meta);
    },

    /** Which of these source ids this source has already imported, each with its listing's id. */
    async imported(source: ListingSource, refs: string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      const wanted = [...new Set(refs.map((r) => r.toLowerCase()))];
      for (let k = 0; k < wanted.length; k += 500) {
        const rows = await db
          .selectFrom("directory_providers")
          .select(["id", "source_ref"])
          .where("source", "=", source)
          .where("source_ref", "in", wanted.slice(k, k + 500))
          .execute();
        for (const r of rows) if (r.source_ref) found.set(r.source_ref, r.id);
      }
      return found;
    },

    /**
     * Many listings at once (the benchmark's 100,000 and a large import), a batch per transaction: the same
     * rows create() writes, without reading each back.
     */
    async bulkCreate(
      listings: readonly NewListing[],
      meta: { source: ListingSource; status: ListingStatus; now?: number },
      batchSize = 500,
    ): Promise<number> {
      const now = meta.now ?? Date.now();
      for (let start = 0; start < listings.length; start += batchSize) {
        const batch = listings.slice(start, start + batchSize);
        await db.transaction().execute(async (tx) => {
          const inserted = await tx
            .insertInto("directory_providers")
            .values(
              batch.map((l) => ({
                id: uuidv7(now),
                owner_id: null,
                ...contentColumns(l),
                ...newRow(meta.status, meta.source, now),
              })),
            )
            .returning("num")
            .execute();
          const written = batch.map((listing, i) => ({ num: Number(inserted[i]?.num), listing }));
          await insertTermsOf(tx, written);
          await insertNewCredentials(tx, written);
        });
      }
      // Fresh statistics: without them both planners guess that each filter matches one row and pick a
      // nested loop over the term index that is hundreds of times slower than the plan they choose after.
      await sql`analyze directory_providers`.execute(db);
      await sql`analyze directory_terms`.execute(db);
      return listings.length;
    },
  };
}
