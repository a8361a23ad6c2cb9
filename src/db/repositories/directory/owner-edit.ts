import type { Kysely, Transaction } from "kysely";
import { nextStatus } from "../../../domain/directory/listing.js";
import type { Database } from "../../schema.js";
import { replaceCredentials, sameCredentials } from "./credentials.js";
import { insertEvent, type ListingAudit, recordAudit } from "./history.js";
import type { LoadListing } from "./reader.js";
import { contentColumns, json, type Listing, type NewListing } from "./rows.js";
import { replaceTerms } from "./search-terms.js";

/** What an owner's edit did, besides the new contents. */
export interface ListingEdit {
  listing: Listing;
  /** Changed credentials on a live listing, held for a moderator. */
  heldForReview: boolean;
  /** A listing sent back (changes asked for, or not accepted) went back to the moderators. */
  resubmitted: boolean;
}

/** The owner who edits through the API, and the audit record of the edit. */
type Editor = { actorId: string; audit: ListingAudit };

/**
 * An owner's edit is written only onto the listing as it was read (same status, same last change): on
 * Postgres a moderator's move or credential decision can land between the read and the write, and then the
 * edit is decided again against what is there now. Moderators can change a listing only a few times in a
 * row before it needs its owner again, so a few tries always settle it.
 */
const EDIT_TRIES = 5;

/** The owner's changes to their listing: its words, and whether they are still taking new clients. */
export function ownerEdits(db: Kysely<Database>, load: LoadListing) {
  /** One try at an owner's edit; "moved" when the listing's status changed between reading and writing. */
  async function editOnce(
    tx: Transaction<Database>,
    id: string,
    listing: NewListing,
    now: number,
    by?: Editor,
  ): Promise<ListingEdit | undefined | "moved"> {
    const current = await load({ id }, tx);
    if (!current) return undefined;
    const shown = current.credentials.map((c) => ({
      type: c.type,
      ...(c.detail ? { detail: c.detail } : {}),
    }));
    const heldForReview = current.status === "approved" && !sameCredentials(listing.credentials, shown);
    const kept = heldForReview ? { ...listing, credentials: shown } : listing;
    const back = by ? nextStatus(current.status, "resubmit") : null;
    const written = await tx
      .updateTable("directory_providers")
      .set({
        ...contentColumns(kept),
        pending_changes: heldForReview ? json({ credentials: listing.credentials }) : null,
        updated_at: now,
        // Resubmitted, the moderator's last note has been answered; the history keeps it.
        ...(back ? { status: back, moderation_note: null } : {}),
      })
      .where("num", "=", current.num)
      .where("status", "=", current.status)
      .where("updated_at", "=", current.updatedAt)
      .executeTakeFirst();
    if (Number(written.numUpdatedRows) === 0) return "moved";
    await replaceTerms(tx, current.num, kept);
    if (!heldForReview) await replaceCredentials(tx, current.num, kept.credentials);
    if (by) {
      if (back) await insertEvent(tx, current.num, { actorId: by.actorId, action: "resubmit" }, now);
      const details = { ...by.audit.details, heldForReview, resubmitted: Boolean(back) };
      await recordAudit(tx, id, { ...by.audit, details }, now);
    }
    const edited = (await load({ num: current.num }, tx)) as Listing;
    return { listing: edited, heldForReview, resubmitted: Boolean(back) };
  }

  async function editListing(
    id: string,
    listing: NewListing,
    now: number,
    by?: Editor,
  ): Promise<ListingEdit | undefined> {
    for (let attempt = 1; ; attempt++) {
      const result = await db.transaction().execute((tx) => editOnce(tx, id, listing, now, by));
      if (result !== "moved") return result;
      if (attempt === EDIT_TRIES) throw new Error(`listing ${id} kept changing during an edit`);
    }
  }

  return {
    /**
     * The owner's edit. Everything but credentials applies at once. On a live (approved) listing, changed
     * credentials wait in pending_changes for a moderator and the listing keeps showing the checked ones;
     * on a listing not yet approved they simply replace the old ones (a moderator will see them anyway).
     */
    async update(id: string, listing: NewListing, now = Date.now()): Promise<Listing | undefined> {
      return (await editListing(id, listing, now))?.listing;
    },

    /**
     * The owner's edit as the API makes it: update()'s rules, and a listing sent back for changes or not
     * accepted goes back to the moderators ("resubmit"), with its event and the audit row, in one transaction.
     */
    edit(id: string, listing: NewListing, by: Editor, now = Date.now()): Promise<ListingEdit | undefined> {
      return editListing(id, listing, now, by);
    },

    /** The provider says again whether they are taking new clients; this keeps the listing in search. */
    async reconfirm(
      id: string,
      accepting: boolean,
      now = Date.now(),
      audit?: ListingAudit,
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable("directory_providers")
          .set({ accepting: accepting ? 1 : 0, confirmed_at: now, updated_at: now })
          .where("id", "=", id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return undefined;
        await recordAudit(tx, id, audit, now);
        return load({ id }, tx);
      });
    },
  };
}
