import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * The other way into a share: a clinician gives a family a code (or a link carrying it), and a caregiver who
 * opens it chooses what to share and for how long. The invitation carries no family and no data; it only says
 * who is asking. Like a share's code, it is kept as a SHA-256 hash, works once (`used_at`, set by a conditional
 * update) and only until `use_by`; the share it became is `consent_id`.
 */
export function shareInvitations(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("share_invitations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("clinician_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("code_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("use_by", t.epochMs, (c) => c.notNull())
        .addColumn("used_at", t.epochMs)
        .addColumn("consent_id", "text", (c) => c.references("consents.id").onDelete("set null"))
        .execute();
      await db.schema
        .createIndex("share_invitations_clinician")
        .on("share_invitations")
        .columns(["clinician_id", "created_at"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("share_invitations").execute();
    },
  };
}
