import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * Erasure that erases (docs/decisions.md, "Erasure"; repositories/erasure.ts).
 * - `closed_cases`: what a clinician keeps when the family behind a case is erased: one row per closing, with
 *   no family id and no names. `id` is the case's id when the whole family went (so the clinician's old link
 *   leads to it); a new id when only a caregiver or a baby went and the case stays open. `reason`:
 *   family_erased, family_deleted, caregiver_erased, baby_deleted.
 * - `closed_case_records`: the clinician's notes (with amendments) and formulation versions, copied as JSON
 *   before the family's rows go. Nothing in them points at a family, a baby or a caregiver. Both go with the
 *   clinician's account.
 * - `thought_records.family_id` may now be null (and is set null when its family is deleted): a thought
 *   record belongs to the caregiver who wrote it, so when the family it was kept with is deleted by someone
 *   else (its owner, or its last caregiver erasing their account after this one left) the record stays with
 *   its author, kept with no family and so shared with no clinician. SQLite cannot change a column's
 *   constraints in place, so the table is rebuilt (nothing references it); Postgres alters it.
 */
export function erasure(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("closed_cases")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("clinician_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("reason", "text", (c) => c.notNull())
        .addColumn("opened_at", t.epochMs, (c) => c.notNull())
        .addColumn("closed_at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("closed_cases_clinician")
        .on("closed_cases")
        .columns(["clinician_id", "closed_at"])
        .execute();
      await db.schema
        .createTable("closed_case_records")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("closed_case_id", "text", (c) =>
          c.notNull().references("closed_cases.id").onDelete("cascade"),
        )
        // "note" or "formulation"; content is JSON (see repositories/closed-cases.ts).
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("content", "text", (c) => c.notNull())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("closed_case_records_case")
        .on("closed_case_records")
        .columns(["closed_case_id", "created_at"])
        .execute();

      if (kind === "postgres") {
        await sql`alter table thought_records alter column family_id drop not null`.execute(db);
        await sql`alter table thought_records drop constraint thought_records_family_id_fkey`.execute(db);
        await sql`alter table thought_records add constraint thought_records_family_id_fkey
          foreign key (family_id) references families (id) on delete set null`.execute(db);
      } else {
        await db.schema
          .createTable("thought_records_0021")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
          .addColumn("family_id", "text", (c) => c.references("families.id").onDelete("set null"))
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
        await sql`insert into thought_records_0021 (id, user_id, family_id, situation, automatic_thought,
            feelings, evidence_for, evidence_against, balanced_thought, shared_with_clinicians, created_at,
            updated_at)
          select id, user_id, family_id, situation, automatic_thought, feelings, evidence_for,
            evidence_against, balanced_thought, shared_with_clinicians, created_at, updated_at
          from thought_records`.execute(db);
        await db.schema.dropTable("thought_records").execute();
        await db.schema.alterTable("thought_records_0021").renameTo("thought_records").execute();
        // The indexes of migration 0012, again.
        await db.schema
          .createIndex("thought_records_user_created")
          .on("thought_records")
          .columns(["user_id", "created_at", "id"])
          .execute();
        await db.schema
          .createIndex("thought_records_family_shared")
          .on("thought_records")
          .columns(["family_id", "shared_with_clinicians", "created_at"])
          .execute();
      }
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("closed_case_records").execute();
      await db.schema.dropTable("closed_cases").execute();
      // thought_records keeps its nullable family: a record whose family is gone has nowhere to go back to.
    },
  };
}
