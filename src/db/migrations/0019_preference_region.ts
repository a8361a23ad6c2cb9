import type { Kysely, Migration } from "kysely";

/**
 * A person's own region for help lines. The family's region decided it for everyone in the family, and a
 * person with no family (pregnant and not yet set up, or a clinician) had only the browser's guess. Null:
 * follow the family's region, else the device's guess.
 */
export function preferenceRegion(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("user_preferences").addColumn("region", "text").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("user_preferences").dropColumn("region").execute();
    },
  };
}
