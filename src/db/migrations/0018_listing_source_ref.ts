import type { Kysely, Migration } from "kysely";

/**
 * Where an imported listing came from: the HSDS service's own id. Importing the same dataset twice (a
 * moderator re-running a partner's export after fixing a few services) queued every service again. With the
 * id kept and unique per source, an import skips what it already brought in, and two imports of one dataset
 * at once cannot both add a service (the insert does nothing on conflict). Null for applications and demo
 * listings; both databases treat nulls as distinct in a unique index.
 */
export function listingSourceRef(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("directory_providers").addColumn("source_ref", "text").execute();
      await db.schema
        .createIndex("directory_providers_source_ref")
        .on("directory_providers")
        .columns(["source", "source_ref"])
        .unique()
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("directory_providers_source_ref").ifExists().execute();
      await db.schema.alterTable("directory_providers").dropColumn("source_ref").execute();
    },
  };
}
