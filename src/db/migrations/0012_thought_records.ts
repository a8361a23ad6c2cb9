import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * Thought records: a caregiver's own CBT worksheets (domain/thought-record.ts). One row per record, written
 * by one caregiver (`user_id`, the only person who reads or changes it) and kept with one of their families
 * (`family_id`), so that a record its author marks shared can be read by a clinician that family shares
 * with. `shared_with_clinicians` is 0/1 like the screenings' sharing columns (better-sqlite3 cannot bind a
 * boolean) and starts at 0: private until the author says otherwise. The words are kept as written; the
 * feelings are a JSON array of { name, intensity, after }.
 */
export function thoughtRecords(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("thought_records")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("situation", "text")
        .addColumn("automatic_thought", "text")
        .addColumn("feelings", "text", (c) => c.notNull())
        .addColumn("evidence_for", "text")
        .addColumn("evidence_against", "text")
        .addColumn("balanced_thought", "text")
        .addColumn("shared_with_clinicians", "integer", (c) => c.notNull().defaultTo(sql`0`))
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("updated_at", t.epochMs, (c) => c.notNull())
        .execute();
      // The author's own list, newest first.
      await db.schema
        .createIndex("thought_records_user_created")
        .on("thought_records")
        .columns(["user_id", "created_at", "id"])
        .execute();
      // A family's shared records, for the clinician who reads them with the family's consent.
      await db.schema
        .createIndex("thought_records_family_shared")
        .on("thought_records")
        .columns(["family_id", "shared_with_clinicians", "created_at"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("thought_records").execute();
    },
  };
}
