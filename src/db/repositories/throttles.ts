import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.js";

/** A key that names an address without storing it: the table never holds anyone's email. */
export function throttleKey(kind: string, value: string): string {
  return `${kind}:${createHash("sha256").update(value.trim().toLowerCase()).digest("base64url")}`;
}

/**
 * Fixed-window counters in the database, shared by every app process: failed sign-ins per account, reset
 * mails per address. Each step is one statement (insert, or update that starts a new window when the old one
 * has passed), so concurrent requests cannot all read a stale count.
 */
export function throttlesRepository(db: Kysely<Database>) {
  return {
    /** Counts one more in the window and returns the count so far (1 for the first). */
    async hit(key: string, windowMs: number, now = Date.now()): Promise<number> {
      const expired = now - windowMs;
      const row = await db
        .insertInto("auth_throttles")
        .values({ key, count: 1, window_started: now })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            count: sql<number>`case when auth_throttles.window_started <= ${expired} then 1 else auth_throttles.count + 1 end`,
            window_started: sql<number>`case when auth_throttles.window_started <= ${expired} then ${now} else auth_throttles.window_started end`,
          }),
        )
        .returning("count")
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** The count in the current window, without adding to it; with when the window ends. */
    async peek(key: string, windowMs: number, now = Date.now()): Promise<{ count: number; endsAt: number }> {
      const row = await db
        .selectFrom("auth_throttles")
        .select(["count", "window_started"])
        .where("key", "=", key)
        .executeTakeFirst();
      if (!row || Number(row.window_started) <= now - windowMs) return { count: 0, endsAt: now };
      return { count: Number(row.count), endsAt: Number(row.window_started) + windowMs };
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom("auth_throttles").where("key", "=", key).execute();
    },

    /** Drops windows that ended long ago, so the table stays small. */
    async prune(olderThanMs: number, now = Date.now()): Promise<void> {
      await db
        .deleteFrom("auth_throttles")
        .where("window_started", "<", now - olderThanMs)
        .execute();
    },
  };
}
export type ThrottlesRepository = ReturnType<typeof throttlesRepository>;
