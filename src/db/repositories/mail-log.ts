import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** Reminder mails that can be turned off with the one-click link in each. */
export const reminderKinds = ["checkin_reminders", "checkin_requests", "listing_reconfirm"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/**
 * What reminder mail has gone out, and who turned which off. A reminder is claimed (a row inserted, or
 * nothing when one is there) before it is sent, so that several processes running the same scheduler send it
 * once; a send that fails gives its claim back for the next round.
 */
export function mailLogRepository(db: Kysely<Database>) {
  return {
    /** True when this process may send the reminder named by `key` (nobody claimed it before). */
    async claim(key: string, userId: string, kind: ReminderKind, now = Date.now()): Promise<boolean> {
      const result = await db
        .insertInto("mail_sent")
        .values({ key, user_id: userId, kind, sent_at: now })
        .onConflict((oc) => oc.column("key").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async release(key: string): Promise<void> {
      await db.deleteFrom("mail_sent").where("key", "=", key).execute();
    },

    async sent(key: string): Promise<boolean> {
      return !!(await db.selectFrom("mail_sent").select("key").where("key", "=", key).executeTakeFirst());
    },

    async optOut(userId: string, kind: ReminderKind, now = Date.now()): Promise<void> {
      await db
        .insertInto("mail_opt_outs")
        .values({ user_id: userId, kind, created_at: now })
        .onConflict((oc) => oc.columns(["user_id", "kind"]).doNothing())
        .execute();
    },

    async optIn(userId: string, kind: ReminderKind): Promise<void> {
      await db.deleteFrom("mail_opt_outs").where("user_id", "=", userId).where("kind", "=", kind).execute();
    },

    /** Of these people, those who turned this kind of mail off. */
    async optedOut(userIds: string[], kind: ReminderKind): Promise<Set<string>> {
      if (userIds.length === 0) return new Set();
      const rows = await db
        .selectFrom("mail_opt_outs")
        .select("user_id")
        .where("kind", "=", kind)
        .where("user_id", "in", userIds)
        .execute();
      return new Set(rows.map((r) => r.user_id));
    },
  };
}
export type MailLogRepository = ReturnType<typeof mailLogRepository>;
