import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type SqliteStatement } from "kysely";
import pg from "pg";
import type { Database } from "./schema.js";

export type DatabaseKind = "sqlite" | "postgres";
export type DatabaseTarget = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface AttuneDb {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

// Postgres returns int8 as a string to protect precision; epoch milliseconds fit a double for 285,000 years.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** How an Attune server's connections name themselves to Postgres. */
export const postgresApplicationName = "attune";

export function openDatabase(target: DatabaseTarget): AttuneDb {
  if (target.kind === "postgres") {
    // application_name lets `npm run db:restore` see that a server is connected (pg_stat_activity).
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      types: pgTypes,
      application_name: postgresApplicationName,
    });
    // An idle client can lose its connection (server restart); without a listener that error kills the process.
    pool.on("error", () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", close: () => db.destroy() };
  }
  const sqlite = new SQLite(target.file);
  // WAL lets readers proceed during a write; NORMAL sync is durable across app crashes (not power loss mid-commit),
  // the usual trade for WAL. busy_timeout makes a second process wait instead of failing at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, kind: "sqlite", close: () => db.destroy() };
}

/**
 * Kysely asks better-sqlite3 to prepare every query anew; preparing costs more than running a small query.
 * Kysely's SQLite driver runs one query at a time and reads each result in full, so a prepared statement
 * can be reused safely. The cache is bounded: queries are built from a fixed set of shapes, but a bound keeps
 * an unusual one (an IN list of varying length) from growing it without end.
 *
 * SQLite itself rolls back the whole transaction on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM);
 * Kysely then sends ROLLBACK anyway, which fails with "cannot rollback - no transaction is active" and hides
 * the error that mattered. A ROLLBACK with no transaction open is therefore skipped, so the caller and the
 * log see SQLITE_FULL itself.
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500) {
  const cache = new Map<string, SQLite.Statement>();
  const skippedRollback = { changes: 0, lastInsertRowid: 0 };
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      if (/^rollback\b/i.test(sql)) {
        const rollback = sqlite.prepare(sql);
        return {
          reader: false,
          all: () => [],
          iterate: () => [][Symbol.iterator](),
          run: (parameters) => (sqlite.inTransaction ? rollback.run(...parameters) : skippedRollback),
        };
      }
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
