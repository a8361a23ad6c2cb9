import type { AttuneDb } from "./database.js";

/**
 * The demo's few writes that no API makes (demo/seed-directory.ts): nothing else may call these.
 */

/** Mark every demo address (`…@demo.attune.test`) verified: they cannot receive mail. */
export async function verifyDemoUsers(database: AttuneDb) {
  await database.db
    .updateTable("users")
    .set({ email_verified: database.kind === "postgres" ? true : 1 })
    .where("email", "like", "%@demo.attune.test")
    .execute();
}

/** Move a listing's last confirmation back (a demo cannot wait 90 days for "please reconfirm"). */
export async function backdateListingConfirmation(
  database: AttuneDb,
  providerId: string,
  confirmedAt: number,
) {
  await database.db
    .updateTable("directory_providers")
    .set({ confirmed_at: confirmedAt })
    .where("id", "=", providerId)
    .execute();
}
