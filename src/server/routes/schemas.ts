import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { HttpError, notFound, type ResourceKey } from "../errors.js";

/**
 * What many routes share: the error replies, the `:id` parameter and cursor paging. One copy here, so a
 * route says only what is its own.
 */

/** The error body every route may answer with, for the OpenAPI document. */
export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const errorReplies = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
} as const;

/** The `:id` in a route's path. */
export const idParams = z.object({ id: z.string().min(1).max(100) });

/** The `:id` in the path, for a policy, which runs before the params are validated: "" when missing. */
export const idOf = (request: FastifyRequest) => (request.params as { id?: string }).id ?? "";

/** What a lookup found, or the 404 that names the kind of thing that was not there. */
export function found<T>(value: T | null | undefined, resource: ResourceKey): T {
  if (value === null || value === undefined) throw notFound(resource);
  return value;
}

/** Cursor paging: an opaque cursor from the previous page's nextCursor, and a page size. */
export const pageQuery = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * One page of rows asked for with `limit + 1`: the first `limit`, and the cursor of the last of them when
 * there were more. The cursor is the row's id (ids are time-ordered), or `timeCursor` where rows are
 * ordered by a time.
 */
export function cursorPage<T>(rows: T[], limit: number, cursorOf: (last: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}

/** The cursor of a page of rows whose ids are time-ordered: the last id seen. */
export const byId = (row: { id: string }) => row.id;

/** A 400 for a cursor this API did not give out: a client must start again, not have it guessed at. */
export const invalidCursor = (
  message = "That cursor is not one this API gave out: start again without it.",
) => new HttpError(400, "invalid_cursor", message);

/** The opaque cursor of a page ordered by a time (ms) and then an id: base64url of "time|id". */
export const timeCursor = (at: number, id: string | number) =>
  Buffer.from(`${at}|${id}`).toString("base64url");

/** The time (as `field`) and id of a cursor from `timeCursor`; anything else is `invalidCursor(message)`. */
export function parseTimeCursor<K extends string>(
  cursor: string,
  field: K,
  message?: string,
): Record<K, number> & { id: string } {
  const [ms, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const at = Number(ms);
  if (!id || !Number.isFinite(at)) throw invalidCursor(message);
  return { [field]: at, id } as Record<K, number> & { id: string };
}
