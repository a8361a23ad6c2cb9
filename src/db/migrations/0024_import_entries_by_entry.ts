import type { Kysely, Migration } from "kysely";

/**
 * Finds an import by the entry it added. An import asks, for every row of a file, whether the entry there was
 * taken back by an undone import; without this index each question read the whole table (35 s for a second
 * import of three years, measured with `BENCH_ONLY=import npm run bench`). Deleting an entry, which cascades
 * here, needs it too.
 */
export const importEntriesByEntry: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex("import_entries_entry").on("import_entries").column("entry_id").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("import_entries_entry").execute();
  },
};
