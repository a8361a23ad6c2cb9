import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * Families, their caregivers and babies, invites, and the log of entries. Entries are never deleted in
 * place: a delete sets deleted_at (a tombstone) so that it syncs to every device like any other change, and
 * `seq` orders every change so a device can ask for "everything since".
 */
export function familiesAndEntries(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("families")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("time_zone", "text", (c) => c.notNull())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("updated_at", t.epochMs, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("family_members")
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("relationship", "text", (c) => c.notNull())
        .addColumn("permission", "text", (c) => c.notNull())
        .addColumn("joined_at", t.epochMs, (c) => c.notNull())
        .addPrimaryKeyConstraint("family_members_pk", ["family_id", "user_id"])
        .execute();
      await db.schema.createIndex("family_members_user").on("family_members").column("user_id").execute();

      await db.schema
        .createTable("babies")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("birth_date", "text")
        .addColumn("due_date", "text")
        .addColumn("gestational_weeks", "real")
        .addColumn("sex", "text")
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("updated_at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("babies_family").on("babies").column("family_id").execute();

      await db.schema
        .createTable("invites")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("code", "text", (c) => c.notNull().unique())
        .addColumn("relationship", "text", (c) => c.notNull())
        .addColumn("permission", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("expires_at", t.epochMs, (c) => c.notNull())
        .addColumn("accepted_by", "text")
        .addColumn("accepted_at", t.epochMs)
        .addColumn("revoked_at", t.epochMs)
        .execute();
      await db.schema.createIndex("invites_family").on("invites").column("family_id").execute();

      await db.schema
        .createTable("entries")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("baby_id", "text", (c) => c.notNull().references("babies.id").onDelete("cascade"))
        // Who logged it. Kept as a plain id: a caregiver who leaves does not take the family's history along.
        .addColumn("caregiver_id", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("started_at", t.epochMs, (c) => c.notNull())
        .addColumn("ended_at", t.epochMs)
        .addColumn("details", "text", (c) => c.notNull())
        .addColumn("moments", "text", (c) => c.notNull())
        .addColumn("cues", "text", (c) => c.notNull())
        .addColumn("feeling", "integer")
        .addColumn("note", "text")
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("updated_at", t.epochMs, (c) => c.notNull())
        .addColumn("deleted_at", t.epochMs)
        .addColumn("seq", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("entries_baby_started")
        .on("entries")
        .columns(["baby_id", "started_at"])
        .execute();
      await db.schema.createIndex("entries_family_seq").on("entries").columns(["family_id", "seq"]).execute();

      // One counter row orders every change. Taking it inside the writing transaction also serialises
      // writers, so changes commit in seq order and a "since" cursor never skips one.
      await db.schema
        .createTable("change_counter")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("value", t.epochMs, (c) => c.notNull())
        .execute();
      await db
        .insertInto("change_counter" as never)
        .values({ id: 1, value: 0 } as never)
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["change_counter", "entries", "invites", "babies", "family_members", "families"]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
