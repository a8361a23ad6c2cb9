import type { Kysely, Migration } from "kysely";

/**
 * A provider can apply before they have an account: the application keeps the email they gave (lower
 * case), and an account made later with that address takes it over while it is still being reviewed.
 */
export function directoryApplicants(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("directory_providers").addColumn("applicant_email", "text").execute();
      await db.schema
        .createIndex("directory_providers_applicant")
        .on("directory_providers")
        .column("applicant_email")
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("directory_providers_applicant").ifExists().execute();
      await db.schema.alterTable("directory_providers").dropColumn("applicant_email").execute();
    },
  };
}
