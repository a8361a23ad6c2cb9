import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * What mail and sign-in protection need to share between several app processes, so they live in the
 * database and not in memory:
 * - `auth_throttles`: counters in a fixed window (failed sign-ins per account, reset mails per address),
 *   keyed by a hash of the address so the table holds no one's email;
 * - `mail_sent`: one row per reminder mailed for one due item; a process claims the row (insert or nothing)
 *   before sending, so two processes never send the same reminder;
 * - `mail_opt_outs`: reminder mails a person turned off with the one-click link (check-in reminders are a
 *   preference of their own and are turned off there).
 */
export function mailAndThrottles(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("auth_throttles")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("count", "integer", (c) => c.notNull())
        .addColumn("window_started", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("mail_sent")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("sent_at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("mail_sent_user").on("mail_sent").column("user_id").execute();
      await db.schema
        .createTable("mail_opt_outs")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addPrimaryKeyConstraint("mail_opt_outs_pk", ["user_id", "kind"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("mail_opt_outs").execute();
      await db.schema.dropTable("mail_sent").execute();
      await db.schema.dropTable("auth_throttles").execute();
    },
  };
}
