/**
 * A long id list in slices of 500, so an `in (…)` list stays under every database's bound-parameter limit
 * (SQLite allows 32,766 and Postgres 65,535, but a query plan for a short list is also the cheaper one).
 */
export const inChunks = <T>(list: T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

/** Reads a long id list slice by slice (`inChunks`), the rows of every slice together, in order. */
export async function readInChunks<T, R>(list: T[], read: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = [];
  for (const slice of inChunks(list)) rows.push(...(await read(slice)));
  return rows;
}
