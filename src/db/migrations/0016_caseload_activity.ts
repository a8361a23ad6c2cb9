import type { Kysely, Migration } from "kysely";

/**
 * A caseload shows each family's last activity: the latest change to its care log. With entries indexed only
 * by (family_id, seq) that meant reading every entry each family ever logged, on every caseload load (2,000
 * families with a few months of logging each are hundreds of thousands of rows). Indexed by
 * (family_id, updated_at), the latest is one seek per family on both databases.
 */
export function caseloadActivity(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex("entries_family_updated")
        .on("entries")
        .columns(["family_id", "updated_at"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("entries_family_updated").ifExists().execute();
    },
  };
}
