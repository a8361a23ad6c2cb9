import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * A family's shares with clinicians, and the clinicians' case files.
 * - `consents`: a caregiver grants one clinician (whoever accepts its code) some scopes of the family's
 *   data until `expires_at`. The code is kept only as a SHA-256 hash: it is a password until accepted,
 *   and after that it is spent. Revoking stamps `revoked_at`; nothing is deleted, so the family's
 *   history of who had access stays readable.
 * - `cases`: one per (clinician, family), made when the clinician first accepts a share from that family.
 *   It outlives a revoked share (a clinician's professional record) but is unreadable without an active
 *   one; a new share from the same family reopens it.
 * The family's access log reads audit events by family (index audit_events_family, from 0001).
 */
export function consentsAndCases(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("consents")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("granted_by", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("code_hash", "text", (c) => c.notNull().unique())
        .addColumn("clinician_id", "text", (c) => c.references("users.id").onDelete("cascade"))
        // JSON array of scopes (domain/consent.ts).
        .addColumn("scopes", "text", (c) => c.notNull())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        // A code not accepted by then can no longer be.
        .addColumn("accept_by", t.epochMs, (c) => c.notNull())
        .addColumn("accepted_at", t.epochMs)
        .addColumn("expires_at", t.epochMs, (c) => c.notNull())
        .addColumn("revoked_at", t.epochMs)
        .addColumn("revoked_by", "text", (c) => c.references("users.id").onDelete("set null"))
        .execute();
      await db.schema
        .createIndex("consents_family")
        .on("consents")
        .columns(["family_id", "created_at"])
        .execute();
      await db.schema
        .createIndex("consents_clinician")
        .on("consents")
        .columns(["clinician_id", "family_id"])
        .execute();

      await db.schema
        .createTable("cases")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("clinician_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addUniqueConstraint("cases_clinician_family", ["clinician_id", "family_id"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("cases").execute();
      await db.schema.dropTable("consents").execute();
    },
  };
}
