import type { Kysely, Migration } from "kysely";

/**
 * Which country's crisis and emergency numbers the family's help lines, crisis panel and crying helper
 * show. Null means not set: each device then guesses from its own languages, as before.
 */
export function familyRegion(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("families").addColumn("region", "text").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("families").dropColumn("region").execute();
    },
  };
}
