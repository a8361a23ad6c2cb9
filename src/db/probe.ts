import { sql } from "kysely";
import type { AttuneDb } from "./database.js";

/** Does the database answer at all? Throws when it cannot be reached. */
export async function pingDatabase(database: AttuneDb): Promise<void> {
  await sql`select 1`.execute(database.db);
}

/**
 * Would a write be refused now, without writing anything? SQLite takes the write lock (`BEGIN IMMEDIATE`)
 * and lets it go, which throws on a read-only file or directory; Postgres is asked whether a transaction
 * would be read-only (a standby, or default_transaction_read_only). Errors are the caller's to read.
 */
export async function writeLockProbe(database: AttuneDb): Promise<"writable" | "read_only"> {
  if (database.kind === "sqlite") {
    // One connection held throughout, so no other query runs inside this transaction.
    await database.db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      await sql`rollback`.execute(connection);
    });
    return "writable";
  }
  const { rows } = await sql<{ ro: string }>`select current_setting('transaction_read_only') as ro`.execute(
    database.db,
  );
  return rows[0]?.ro === "on" ? "read_only" : "writable";
}
