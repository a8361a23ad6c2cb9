import type { TestServer } from "./test-server.js";

/**
 * Marks an account's address as verified, as following the link mailed at sign-up would: for tests about
 * something else that clinicians and providers may do only once verified (mail.test.ts follows real links).
 */
export async function markEmailVerified(server: TestServer, email: string): Promise<void> {
  const { db, kind } = server.app.attune.database;
  await db
    .updateTable("users")
    .set({ email_verified: kind === "postgres" ? true : 1 })
    .where("email", "=", email.toLowerCase())
    .execute();
}
