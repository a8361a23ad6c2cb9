import { Migrator } from "kysely";
import type { AttuneDb } from "./database.js";
import { migrationsFor } from "./migrations/index.js";

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Brings the schema up to date. Each migration runs in its own transaction; a failure stops at that one. */
export async function migrateToLatest({ db, kind }: AttuneDb): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrationsFor(kind) },
    migrationTableName: "schema_migrations",
    migrationLockTableName: "schema_migrations_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`migration ${failed?.migrationName ?? "(unknown)"} failed: ${cause}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
