import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
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

export function openDatabase(target: DatabaseTarget): AttuneDb {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10, types: pgTypes });
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
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
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
