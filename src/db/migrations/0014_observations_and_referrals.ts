import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database.js";
import { columnTypes } from "./column-types.js";

/**
 * What a clinician sends a family from a case: shared observations and referrals.
 * Both are kept by family as well as by case, because once sent they are the family's: the family reads them
 * by `family_id` whether or not any share is still active, while the clinician reaches them only through an
 * open case (`case_id`). Deleting the family deletes them; a clinician leaving keeps them (set null), and a
 * listing leaving the directory keeps the referral with the name it was made under.
 * - `observations`: the words, optionally the baby and the caregiver (the dyad) they are about, and when a
 *   caregiver of the family first marked it seen.
 * - `referrals`: to a directory listing (`provider_id`) or written in (`contact` JSON); `name` is the
 *   provider's name when it was made; `service` a directory service key; `status` per domain/referral.ts.
 */
export function observationsAndReferrals(kind: DatabaseKind): Migration {
  const t = columnTypes(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("observations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("clinician_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("baby_id", "text", (c) => c.references("babies.id").onDelete("set null"))
        .addColumn("caregiver_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .addColumn("seen_at", t.epochMs)
        .addColumn("seen_by", "text", (c) => c.references("users.id").onDelete("set null"))
        .execute();
      // Ids are UUIDv7, so ordering by id is newest first by time: one index serves each list and its paging.
      await db.schema
        .createIndex("observations_family")
        .on("observations")
        .columns(["family_id", "id"])
        .execute();
      await db.schema
        .createIndex("observations_case")
        .on("observations")
        .columns(["case_id", "id"])
        .execute();

      await db.schema
        .createTable("referrals")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
        .addColumn("family_id", "text", (c) => c.notNull().references("families.id").onDelete("cascade"))
        .addColumn("clinician_id", "text", (c) => c.references("users.id").onDelete("set null"))
        // "directory" or "written_in"; a directory referral keeps its source after its listing is removed.
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("provider_id", "text", (c) => c.references("directory_providers.id").onDelete("set null"))
        .addColumn("name", "text", (c) => c.notNull())
        // JSON { phone?, email?, website? } for a provider written in; null for a directory listing.
        .addColumn("contact", "text")
        .addColumn("service", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("status_at", t.epochMs, (c) => c.notNull())
        .addColumn("status_by", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("created_at", t.epochMs, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("referrals_family").on("referrals").columns(["family_id", "id"]).execute();
      await db.schema.createIndex("referrals_case").on("referrals").columns(["case_id", "id"]).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("referrals").execute();
      await db.schema.dropTable("observations").execute();
    },
  };
}
