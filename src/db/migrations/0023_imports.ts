import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * History brought from another tracker (issue 17). Each import is a batch (`imports`) so it can be undone as a
 * whole, and `import_entries` names the entries it added: undo takes back exactly those, never an entry
 * logged since, nor one the same file had already brought in an earlier import.
 */
export function imports(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("imports")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("baby_id", "text", (c) => c.notNull().references("babies.id").onDelete("cascade"))
        .addColumn("user_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("time_zone", "text", (c) => c.notNull())
        .addColumn("total", "integer", (c) => c.notNull())
        .addColumn("added", "integer", (c) => c.notNull())
        .addColumn("duplicates", "integer", (c) => c.notNull())
        .addColumn("errors", "integer", (c) => c.notNull())
        .addColumn("range_from", t.epochMs)
        .addColumn("range_to", t.epochMs)
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("undone_at", t.epochMs)
        .execute();
      await db.schema.createIndex("imports_baby").on("imports").columns(["baby_id", "created_at"]).execute();
      await db.schema
        .createTable("import_entries")
        .addColumn("import_id", "text", (c) => c.notNull().references("imports.id").onDelete("cascade"))
        .addColumn("entry_id", "text", (c) => c.notNull().references("entries.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("import_entries_pk", ["import_id", "entry_id"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("import_entries").execute();
      await db.schema.dropTable("imports").execute();
    },
  };
}
