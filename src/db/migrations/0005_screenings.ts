import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * Well-being check-ins: one row per completed screening, its answers in a table of their own (one row per
 * item, so a clinician view or an export can read them without parsing), and each person's choice about
 * check-in reminders. A screening belongs to the person who answered it; it may be about a baby.
 */
export function screenings(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("screenings")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        // Set for a screening about a baby; the family is kept for the consent-based sharing to come.
        .addColumn("baby_id", "text", (c) => c.references("babies.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.references("families.id").onDelete("cascade"))
        .addColumn("instrument_id", "text", (c) => c.notNull())
        .addColumn("instrument_version", "text", (c) => c.notNull())
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("completed_at", t.epochMs, (c) => c.notNull())
        .addColumn("total", "integer", (c) => c.notNull())
        // JSON: subscales, bands, flags and criteria as scored then, so a later definition never rewrites a result.
        .addColumn("result", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("screenings_user_completed")
        .on("screenings")
        .columns(["user_id", "completed_at"])
        .execute();

      await db.schema
        .createTable("screening_answers")
        .addColumn("screening_id", "text", (c) => c.notNull().references("screenings.id").onDelete("cascade"))
        .addColumn("item", "text", (c) => c.notNull())
        .addColumn("option", "integer", (c) => c.notNull())
        .addColumn("score", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("screening_answers_pk", ["screening_id", "item"])
        .execute();

      // 0/1 on both databases: better-sqlite3 cannot bind a boolean, and one type keeps the repository simple.
      await db.schema
        .alterTable("user_preferences")
        .addColumn("checkin_reminders", "integer", (c) => c.notNull().defaultTo(sql`1`))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("user_preferences").dropColumn("checkin_reminders").execute();
      await db.schema.dropTable("screening_answers").execute();
      await db.schema.dropTable("screenings").execute();
    },
  };
}
