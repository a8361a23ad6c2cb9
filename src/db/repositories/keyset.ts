import {
  type ExpressionBuilder,
  type SelectQueryBuilder,
  type SqlBool,
  type StringReference,
  sql,
} from "kysely";

/**
 * Keyset paging: the rows strictly past `position` in the order (`first`, then `second`): `"<"` for a list
 * read newest first, `">"` for one read oldest first. Rows that tie on `first` are told apart by `second`
 * (an id), so paging through a list visits every row once, even while new rows arrive.
 */
export function pastPosition<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  direction: "<" | ">",
  [first, second]: [StringReference<DB, TB>, StringReference<DB, TB>],
  [a, b]: [string | number, string],
) {
  // Written as SQL because the columns are any of the caller's: the same text Kysely's `eb(col, op, v)` writes.
  const compare = (column: string, op: "<" | ">" | "=", value: string | number) =>
    sql<SqlBool>`${sql.ref(column)} ${sql.raw(op)} ${value}`;
  return eb.or([
    compare(first, direction, a),
    eb.and([compare(first, "=", a), compare(second, direction, b)]),
  ]);
}

/** One page of a list read newest first by (`time`, `id`), starting past `after` (a time and an id) when given. */
export function newestFirstPage<DB, TB extends keyof DB, O>(
  q: SelectQueryBuilder<DB, TB, O>,
  [time, id]: [StringReference<DB, TB>, StringReference<DB, TB>],
  limit: number,
  after?: [number, string],
) {
  const page = q.orderBy(time, "desc").orderBy(id, "desc").limit(limit);
  return after ? page.where((eb) => pastPosition(eb, "<", [time, id], after)) : page;
}
