import type { Kysely } from "kysely";
import type { ListingStatus } from "../../../domain/directory/listing.js";
import type { Database } from "../../schema.js";
import { insertEvent, type ListingAudit, type ModerationEvent, recordAudit } from "./history.js";
import { type LoadListing, loadAll } from "./reader.js";
import type { Listing } from "./rows.js";

/** The moderators' side: the queue of listings waiting for them, moving a listing on, and its history. */
export function moderationQueue(db: Kysely<Database>, load: LoadListing) {
  return {
    /**
     * Moves a listing to a new status only if it is still in the status the caller saw, so two moderators
     * acting at once cannot both win; records the event in the same transaction. Returns undefined when the
     * listing changed underneath (the caller answers 409).
     */
    async transition(
      id: string,
      change: ModerationEvent & { from: ListingStatus; to: ListingStatus; audit?: ListingAudit },
      now = Date.now(),
    ): Promise<Listing | undefined> {
      return db.transaction().execute(async (tx) => {
        const updated = await tx
          .updateTable("directory_providers")
          .set({
            status: change.to,
            moderation_note: change.reason ?? null,
            updated_at: now,
            ...(change.to === "approved" ? { approved_at: now } : {}),
          })
          .where("id", "=", id)
          .where("status", "=", change.from)
          .returning("num")
          .executeTakeFirst();
        if (!updated) return undefined;
        await insertEvent(tx, Number(updated.num), change, now);
        await recordAudit(tx, id, change.audit, now);
        return load({ num: Number(updated.num) }, tx);
      });
    },

    /**
     * The moderation queue, oldest first (first come, first served), resumable after a (createdAt, num)
     * position. For "pending" it also holds live listings whose credential changes wait for review.
     */
    async queue(status: ListingStatus, after: { createdAt: number; num: number } | null, limit: number) {
      let q = db.selectFrom("directory_providers").select(["num", "created_at"]);
      q =
        status === "pending"
          ? q.where((eb) =>
              eb.or([
                eb("status", "=", "pending"),
                eb.and([eb("status", "=", "approved"), eb("pending_changes", "is not", null)]),
              ]),
            )
          : q.where("status", "=", status);
      if (after)
        q = q.where((eb) =>
          eb.or([
            eb("created_at", ">", after.createdAt),
            eb.and([eb("created_at", "=", after.createdAt), eb("num", ">", after.num)]),
          ]),
        );
      const rows = await q.orderBy("created_at").orderBy("num").limit(limit).execute();
      return loadAll(
        load,
        rows.map((r) => ({ num: Number(r.num) })),
      );
    },

    /** Records a moderation event that changes no status (a credential check, a credential change decided). */
    async recordEvent(id: string, event: ModerationEvent, now = Date.now()) {
      const listing = await load({ id });
      if (!listing) return;
      await insertEvent(db, listing.num, event, now);
    },

    /** Moderation history of a listing, oldest first. */
    async events(id: string) {
      return db
        .selectFrom("directory_moderation_events as e")
        .innerJoin("directory_providers as p", "p.num", "e.provider_num")
        .select(["e.id", "e.actor_id as actorId", "e.action", "e.reason", "e.at"])
        .where("p.id", "=", id)
        .orderBy("e.at")
        .orderBy("e.id")
        .execute();
    },
  };
}
