import { type Kysely, type Migration, sql } from "kysely";

/**
 * The kinds of care a family logs that Attune has no word for ("pram nap at grandma's", "tummy oil"), kept
 * on the family so every caregiver's quick log offers the same ones. A JSON array of labels, in order.
 */
export function familyCustomTypes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("families")
        .addColumn("custom_types", "text", (c) => c.notNull().defaultTo(sql`'[]'`))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("families").dropColumn("custom_types").execute();
    },
  };
}
