import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database.js";

/**
 * What the directory's search plans needed once measured over 100,000 listings (docs/benchmarks.md):
 * - Browsing (no words, no place) shows those taking new clients first, most recently confirmed first, then
 *   by name. An index in exactly that order lets both databases read one page and stop, instead of sorting
 *   every visible listing: 120–160 ms → under 1 ms for the page.
 * - Postgres: a filter is `facet = 'service' and term = 'therapy'`, and Postgres multiplies the two
 *   columns' selectivities as if they were unrelated, so it believed "therapy" matched 1,600 listings of
 *   100,000 instead of 10,600 and drove a search from two filter lists (20 ms) instead of the place box
 *   (8 ms). Statistics on the pair (their most common combinations) correct it. SQLite has no such
 *   statistics; its plan is steered in src/db/repositories/directory-search.ts.
 */
export function directorySearchPlans(kind: DatabaseKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex("directory_providers_browse")
        .on("directory_providers")
        .columns(["status", "accepting desc", "confirmed_at desc", "name", "num"])
        .execute();
      if (kind !== "postgres") return;
      await sql`create statistics directory_terms_facet_term (mcv, dependencies)
        on facet, term from directory_terms`.execute(db);
      await sql`analyze directory_terms`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      if (kind === "postgres") await sql`drop statistics if exists directory_terms_facet_term`.execute(db);
      await db.schema.dropIndex("directory_providers_browse").ifExists().execute();
    },
  };
}
