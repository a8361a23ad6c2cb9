import { type Kysely, type Migration, sql } from "kysely";

/**
 * Who a screening's result is shared with, chosen by the caregiver who answered it, and the id a phone gave
 * a check-in it finished offline.
 * - `for_visit`: shown in that person's visit summary. `for_clinicians`: a clinician the family shares with
 *   may see it. Both 0/1 like `checkin_reminders` (better-sqlite3 cannot bind a boolean), and both start at
 *   0: nothing is shared until the person says so.
 * - `client_id`: unique per person, so a check-in sent again after a lost reply is stored once. Null for a
 *   check-in sent straight away; both databases let any number of nulls share a unique index.
 */
export function screeningSharing(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("screenings")
        .addColumn("for_visit", "integer", (c) => c.notNull().defaultTo(sql`0`))
        .execute();
      await db.schema
        .alterTable("screenings")
        .addColumn("for_clinicians", "integer", (c) => c.notNull().defaultTo(sql`0`))
        .execute();
      await db.schema.alterTable("screenings").addColumn("client_id", "text").execute();
      await db.schema
        .createIndex("screenings_user_client")
        .on("screenings")
        .columns(["user_id", "client_id"])
        .unique()
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("screenings_user_client").execute();
      await db.schema.alterTable("screenings").dropColumn("client_id").execute();
      await db.schema.alterTable("screenings").dropColumn("for_clinicians").execute();
      await db.schema.alterTable("screenings").dropColumn("for_visit").execute();
    },
  };
}
