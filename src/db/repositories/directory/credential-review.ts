import type { Kysely } from "kysely";
import type { CredentialType } from "../../../domain/directory/taxonomy.js";
import type { Database } from "../../schema.js";
import { type CredentialVerification, replaceCredentials } from "./credentials.js";
import { insertEvent, type ListingAudit, recordAudit } from "./history.js";
import type { LoadListing } from "./reader.js";
import { inputOf, type Listing } from "./rows.js";
import { replaceTerms, searchTextColumn } from "./search-terms.js";

/** A moderator's decisions on credentials: checking one, and accepting or turning down changes held for review. */
export function credentialReview(db: Kysely<Database>, load: LoadListing) {
  return {
    /**
     * A moderator's check of one credential: who, when and how, kept with the credential. Given an audit
     * record, the check also goes into the listing's history and the audit trail, in the same transaction.
     */
    async verifyCredential(
      id: string,
      type: CredentialType,
      verification: CredentialVerification,
      audit?: ListingAudit,
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const listing = await load({ id }, tx);
        if (!listing) return undefined;
        const result = await tx
          .updateTable("directory_credentials")
          .set({
            verified_by: verification.by,
            verified_at: verification.at,
            verification_method: verification.method,
          })
          .where("provider_num", "=", listing.num)
          .where("type", "=", type)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return undefined;
        if (audit) {
          const reason = `${type}: ${verification.method}`;
          await insertEvent(
            tx,
            listing.num,
            { actorId: verification.by, action: "verify_credential", reason },
            verification.at,
          );
          await recordAudit(tx, id, audit, verification.at);
        }
        return load({ num: listing.num }, tx);
      });
    },

    /**
     * A moderator accepts credential changes held on a live listing: they replace the shown ones. Given who
     * decided, the decision goes into the listing's history and the audit trail in the same transaction.
     */
    async applyPendingCredentials(
      id: string,
      now = Date.now(),
      by?: { actorId: string; audit: ListingAudit },
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const current = await load({ id }, tx);
        if (!current?.pendingCredentials) return undefined;
        const listing = { ...inputOf(current), credentials: current.pendingCredentials };
        // Claimed only as read: an owner's edit or another moderator's decision landing in between (on
        // Postgres) makes this one apply nothing, rather than credentials nobody reviewed.
        const claimed = await tx
          .updateTable("directory_providers")
          .set({ pending_changes: null, search_text: searchTextColumn(listing), updated_at: now })
          .where("num", "=", current.num)
          .where("pending_changes", "is not", null)
          .where("updated_at", "=", current.updatedAt)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 0) return undefined;
        await replaceCredentials(tx, current.num, current.pendingCredentials);
        await replaceTerms(tx, current.num, listing);
        if (by) {
          await insertEvent(
            tx,
            current.num,
            { actorId: by.actorId, action: "credential_changes_approve" },
            now,
          );
          await recordAudit(tx, id, by.audit, now);
        }
        return load({ num: current.num }, tx);
      });
    },

    /**
     * A moderator turns down credential changes held on a live listing: the checked ones stay. Given who
     * decided and why, the decision goes into the listing's history and the audit trail in one transaction.
     */
    async discardPendingCredentials(
      id: string,
      now = Date.now(),
      by?: { actorId: string; reason: string; audit: ListingAudit },
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable("directory_providers")
          .set({ pending_changes: null, updated_at: now })
          .where("id", "=", id)
          .where("pending_changes", "is not", null)
          .returning("num")
          .executeTakeFirst();
        if (!result) return undefined;
        if (by) {
          const event = { actorId: by.actorId, action: "credential_changes_reject", reason: by.reason };
          await insertEvent(tx, Number(result.num), event, now);
          await recordAudit(tx, id, by.audit, now);
        }
        return load({ num: Number(result.num) }, tx);
      });
    },
  };
}
