import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * The clinician's own writing in a case: formulations and notes. Clinician-only; the family never reads them.
 * - `case_formulations`: one row per saved version of the formulation of one dyad (a caregiver and a baby of
 *   the case's family). Rows are only ever added. The unique (case, caregiver, baby, version) index is also
 *   the concurrency guard: two saves made from the same version both try to add the next one, and only one
 *   can (domain/formulation.ts, repositories/formulations.ts). `content` is JSON (the template's headings).
 * - `case_notes`: progress or private notes (domain/case-note.ts). `signed_at` set means locked: the text
 *   is never updated again.
 * - `case_note_amendments`: what was added to a signed note afterwards, each with its author and time.
 * All of it goes with its case (which goes with the family or the clinician's account); a dyad's formulation
 * goes with the baby or the caregiver it is about, when their data is deleted.
 */
export function caseFormulationsAndNotes(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("case_formulations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("caregiver_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("baby_id", "text", (c) => c.notNull().references("babies.id").onDelete("cascade"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("content", "text", (c) => c.notNull())
        .addColumn("author_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("case_formulations_version")
        .on("case_formulations")
        .columns(["case_id", "caregiver_id", "baby_id", "version"])
        .unique()
        .execute();

      await db.schema
        .createTable("case_notes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("author_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("updated_at", t.epochMs, (c) => c.notNull())
        .addColumn("signed_at", t.epochMs)
        .execute();
      // Ids are UUIDv7 (time-ordered): one index serves each kind's list, newest first, and its paging.
      await db.schema
        .createIndex("case_notes_case")
        .on("case_notes")
        .columns(["case_id", "kind", "id"])
        .execute();

      await db.schema
        .createTable("case_note_amendments")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("note_id", "text", (c) => c.notNull().references("case_notes.id").onDelete("cascade"))
        .addColumn("author_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("case_note_amendments_note")
        .on("case_note_amendments")
        .columns(["note_id", "id"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("case_note_amendments").execute();
      await db.schema.dropTable("case_notes").execute();
      await db.schema.dropTable("case_formulations").execute();
    },
  };
}
