import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * What each person has done with the bonding ideas: when one was last shown to them (so the next idea is one
 * not seen lately), and whether they saved or hid it. Times, not flags, so "saved" can be listed newest first.
 */
export function ideaMarks(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("idea_marks")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("idea_id", "text", (c) => c.notNull())
        .addColumn("seen_at", t.epochMs)
        .addColumn("saved_at", t.epochMs)
        .addColumn("hidden_at", t.epochMs)
        .addPrimaryKeyConstraint("idea_marks_pk", ["user_id", "idea_id"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("idea_marks").execute();
    },
  };
}
