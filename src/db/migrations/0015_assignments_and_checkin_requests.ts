import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * What a clinician asks of a family from a case: something to read or try, and check-ins.
 * Both are kept by family as well as by case: the family reads them by `family_id` (an assignment stays the
 * family's after a share ends; a check-in request is shown to them only while it runs), the clinician reaches
 * them only through an open case (`case_id`).
 * - `assignments`: `kind` and `ref` name shipped content (domain/assignment.ts, content/assignable.ts);
 *   `status` is sent, read or tried, with who answered and when, and the family's `reflection`.
 * - `checkin_requests`: one caregiver, one instrument, a schedule (domain/checkin-request.ts) as local
 *   dates in the family's time zone; stopping stamps `stopped_at` rather than deleting, so the case keeps
 *   what was asked. Whether a check-in was done is never stored here: it is read from `screenings`, where
 *   the caregiver's own sharing choice (`for_clinicians`) decides what the clinician may learn.
 */
export function assignmentsAndCheckinRequests(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("assignments")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("clinician_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("ref", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("status_at", t.epochMs)
        .addColumn("status_by", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("reflection", "text")
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .execute();
      // Ids are UUIDv7: ordering by id is newest first by time, so one index serves each list and its paging.
      await db.schema
        .createIndex("assignments_family")
        .on("assignments")
        .columns(["family_id", "id"])
        .execute();
      await db.schema.createIndex("assignments_case").on("assignments").columns(["case_id", "id"]).execute();

      await db.schema
        .createTable("checkin_requests")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("clinician_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("caregiver_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("instrument_id", "text", (c) => c.notNull())
        // YYYY-MM-DD in the family's time zone; every_weeks null for a single check-in.
        .addColumn("starts_on", "text", (c) => c.notNull())
        .addColumn("every_weeks", "integer")
        .addColumn("until", "text")
        .addColumn("times", "integer")
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("stopped_at", t.epochMs)
        .addColumn("stopped_by", "text", (c) => c.references("users.id").onDelete("set null"))
        .execute();
      await db.schema
        .createIndex("checkin_requests_family")
        .on("checkin_requests")
        .columns(["family_id", "id"])
        .execute();
      await db.schema
        .createIndex("checkin_requests_case")
        .on("checkin_requests")
        .columns(["case_id", "id"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("checkin_requests").execute();
      await db.schema.dropTable("assignments").execute();
    },
  };
}
