import type { Kysely } from "kysely";
import type { Database } from "../../schema.js";
import { insertEvent, type ListingAudit, recordAudit } from "./history.js";
import { type LoadListing, loadAll } from "./reader.js";
import type { Listing } from "./rows.js";

/** Whose listings are whose: an account's own, applications made before an account, and withdrawing one. */
export function listingOwnership(db: Kysely<Database>, load: LoadListing) {
  const countWhere = async (column: "owner_id" | "applicant_email", value: string, unclaimed: boolean) => {
    let query = db
      .selectFrom("directory_providers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where(column, "=", value);
    if (unclaimed) query = query.where("owner_id", "is", null);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };

  return {
    /** Listings owned by this account, newest first. */
    async ownedBy(userId: string): Promise<Listing[]> {
      const rows = await db
        .selectFrom("directory_providers")
        .select("id")
        .where("owner_id", "=", userId)
        .orderBy("created_at", "desc")
        .execute();
      return loadAll(
        load,
        rows.map((r) => ({ id: r.id })),
      );
    },

    /** How many listings an account owns (an account may hold a few: a practice and its people). */
    countOwnedBy: (userId: string): Promise<number> => countWhere("owner_id", userId, false),

    /** Applications made without an account from this email that nobody has taken over yet. */
    countUnclaimed: (email: string): Promise<number> =>
      countWhere("applicant_email", email.toLowerCase(), true),

    /**
     * An account takes over the applications made without one from its email, while they are still in
     * review. A live listing is not handed to whoever signs up with an address later: its contact details
     * are public, so taking one over is a moderator's call.
     */
    async claimApplications(userId: string, email: string, audit: ListingAudit, now = Date.now()) {
      return db.transaction().execute(async (tx) => {
        const claimed = await tx
          .updateTable("directory_providers")
          .set({ owner_id: userId, updated_at: now })
          .where("applicant_email", "=", email.toLowerCase())
          .where("owner_id", "is", null)
          .where("status", "in", ["pending", "changes_requested"])
          .returning(["id", "num"])
          .execute();
        for (const row of claimed) {
          await insertEvent(tx, Number(row.num), { actorId: userId, action: "claim" }, now);
          await recordAudit(tx, row.id, audit, now);
        }
        return claimed.length;
      });
    },

    /**
     * The provider withdraws the listing: it and its terms, credentials and history go (foreign keys
     * cascade; on SQLite a trigger takes its words out of the FTS index). The audit row outlives it.
     */
    async remove(id: string, audit?: ListingAudit, now = Date.now()): Promise<boolean> {
      return db.transaction().execute(async (tx) => {
        const result = await tx.deleteFrom("directory_providers").where("id", "=", id).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) return false;
        await recordAudit(tx, id, audit, now);
        return true;
      });
    },
  };
}
