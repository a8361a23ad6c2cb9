import { byId, cursorPage, parseTimeCursor, timeCursor } from "./schemas.js";

/**
 * How a list pages: what a cursor from the last page asks the repository for, and the cursor a row gives
 * the next page. The two halves live together so a list cannot hand out a cursor it would not read back.
 */
export interface Paging<Row, From> {
  from: (cursor: string) => From;
  cursorOf: (last: Row) => string;
}

/** Newest first by time-ordered ids: the next page is the rows before the last id seen. */
export const pagedById: Paging<{ id: string }, { before: string }> = {
  from: (cursor) => ({ before: cursor }),
  cursorOf: byId,
};

/** Ordered by a time and then an id (`timeCursor`): the next page is the rows after that position. */
export function pagedByTime<Row extends { id: string }, K extends string>(
  field: K,
  timeOf: (row: Row) => number,
  badCursor?: string,
): Paging<Row, { after: Record<K, number> & { id: string } }> {
  return {
    from: (cursor) => ({ after: parseTimeCursor(cursor, field, badCursor) }),
    cursorOf: (row) => timeCursor(timeOf(row), row.id),
  };
}

/** What a list asks its repository for: where to resume (none on the first page), and one row more than a page. */
export type Window<From> = (From | Record<never, never>) & { limit: number };

export interface PageAsked {
  cursor?: string | undefined;
  limit: number;
}

/** The asked page as a repository window. A cursor this API did not give out is refused before any read. */
export const windowOf = <From>(paging: Paging<never, From>, asked: PageAsked): Window<From> => ({
  ...(asked.cursor ? paging.from(asked.cursor) : {}),
  limit: asked.limit + 1,
});

/** Reads one page (the extra row only tells whether there is another) and the cursor of the next. */
export async function readPage<Row, From>(
  paging: Paging<Row, From>,
  asked: PageAsked,
  read: (window: Window<From>) => Promise<Row[]>,
) {
  const rows = await read(windowOf(paging, asked));
  return cursorPage(rows, asked.limit, paging.cursorOf);
}
