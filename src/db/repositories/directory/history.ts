import type { Kysely } from "kysely";
import { uuidv7 } from "../../../domain/ids.js";
import type { Database } from "../../schema.js";
import { type AuditRecord, auditRepository } from "../audit.js";

/**
 * A listing's two records of what happened to it: its moderation history (kept with the listing, shown to
 * its owner and the moderators) and the audit trail (kept after the listing is gone). Both are written in
 * the transaction of the change they record.
 */

/**
 * Who changed a listing and from where. A write given one records it in the audit trail inside its own
 * transaction, so a change and its audit event are stored together or not at all.
 */
export type ListingAudit = Omit<AuditRecord, "subjectType" | "subjectId">;

/** One step in a listing's moderation history. */
export interface ModerationEvent {
  actorId: string | null;
  action: string;
  reason?: string | null;
}

export async function insertEvent(
  executor: Kysely<Database>,
  num: number,
  event: ModerationEvent,
  now: number,
) {
  await executor
    .insertInto("directory_moderation_events")
    .values({
      id: uuidv7(now),
      provider_num: num,
      actor_id: event.actorId,
      action: event.action,
      reason: event.reason ?? null,
      at: now,
    })
    .execute();
}

export async function recordAudit(
  executor: Kysely<Database>,
  listingId: string,
  audit: ListingAudit | undefined,
  now: number,
) {
  if (audit)
    await auditRepository(executor).record(
      { ...audit, subjectType: "directory_listing", subjectId: listingId },
      now,
    );
}
