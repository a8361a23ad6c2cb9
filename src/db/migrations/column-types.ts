import { type ColumnDataType, type Expression, sql } from "kysely";
import type { DatabaseKind } from "../database.js";

/**
 * Column types that differ between the two dialects, so that one migration set serves both.
 * Attune's own times are epoch milliseconds (bigint); better-auth's adapter writes real timestamps and
 * booleans on Postgres, and ISO text and 0/1 on SQLite.
 */
export function columnTypes(kind: DatabaseKind) {
  const pgOr = (pgType: ColumnDataType, sqliteType: ColumnDataType) =>
    kind === "postgres" ? pgType : sqliteType;
  return {
    epochMs: pgOr("bigint", "integer"),
    /** Seconds with a fraction (coded times): Postgres's `real` would round them to 7 digits. */
    seconds: pgOr("double precision", "real"),
    authDate: pgOr("timestamptz", "text"),
    authBool: pgOr("boolean", "integer"),
    falseDefault: (kind === "postgres" ? sql`false` : sql`0`) as Expression<unknown>,
  };
}
