import { describe, expect, it } from "vitest";
import { HttpError } from "../../src/server/errors.js";
import { pagedById, pagedByTime, readPage, windowOf } from "../../src/server/routes/paging.js";

// Rows as a repository returns them: newest first, ids time-ordered.
const rows = [
  { id: "r5", at: 5_000 },
  { id: "r4", at: 4_000 },
  { id: "r3", at: 3_000 },
  { id: "r2", at: 2_000 },
  { id: "r1", at: 1_000 },
];

/** A repository read by id: the rows before the cursor's id, at most `limit`. */
const byIdRead = (window: { before?: string; limit: number }) =>
  Promise.resolve(
    rows.filter((r) => window.before === undefined || r.id < window.before).slice(0, window.limit),
  );

describe("route paging", () => {
  it("asks for one row more than a page, from the start when there is no cursor", () => {
    expect(windowOf(pagedById, { limit: 2 })).toEqual({ limit: 3 });
    expect(windowOf(pagedById, { cursor: "r4", limit: 2 })).toEqual({ before: "r4", limit: 3 });
  });

  it("walks every row once, page by page, and says when there is no next page", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { items, nextCursor } = await readPage(pagedById, { cursor, limit: 2 }, byIdRead);
      seen.push(...items.map((r) => r.id));
      cursor = nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(seen).toEqual(["r5", "r4", "r3", "r2", "r1"]);
    expect(pages).toBe(3);
  });

  it("gives no next cursor when the page holds the last row exactly", async () => {
    const page = await readPage(pagedById, { limit: 5 }, byIdRead);
    expect(page.items).toHaveLength(5);
    expect(page.nextCursor).toBeNull();
  });

  it("reads back a time cursor it gave out as the same position", () => {
    const paging = pagedByTime("startedAt", (r: { id: string; at: number }) => r.at);
    const cursor = paging.cursorOf({ id: "r3", at: 3_000 });
    expect(windowOf(paging, { cursor, limit: 10 })).toEqual({
      after: { startedAt: 3_000, id: "r3" },
      limit: 11,
    });
  });

  it("refuses a cursor it did not give out, with the list's own words, before reading anything", async () => {
    const paging = pagedByTime("createdAt", (r: { id: string; at: number }) => r.at, "Start again.");
    let read = false;
    const asked = readPage(paging, { cursor: "not-a-cursor", limit: 2 }, async () => {
      read = true;
      return [];
    });
    await expect(asked).rejects.toThrow(HttpError);
    await expect(asked).rejects.toMatchObject({
      statusCode: 400,
      code: "invalid_cursor",
      message: "Start again.",
    });
    expect(read).toBe(false);
  });
});
