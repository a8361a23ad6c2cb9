import type { Kysely } from "kysely";
import type { Database } from "../../schema.js";
import { type Listing, toListing } from "./rows.js";

/** Reads one listing, with its credentials, by id or by search key; inside a transaction when given one. */
export type LoadListing = (
  where: { id?: string; num?: number },
  executor?: Kysely<Database>,
) => Promise<Listing | undefined>;

export function listingReader(db: Kysely<Database>): LoadListing {
  return async (where, executor = db) => {
    let query = executor.selectFrom("directory_providers").selectAll();
    if (where.id !== undefined) query = query.where("id", "=", where.id);
    if (where.num !== undefined) query = query.where("num", "=", where.num);
    const row = await query.executeTakeFirst();
    if (!row) return undefined;
    const credentials = await executor
      .selectFrom("directory_credentials")
      .selectAll()
      .where("provider_num", "=", Number(row.num))
      .orderBy("type")
      .execute();
    return toListing(row, credentials);
  };
}

/** The listings of these search keys, in the same order, leaving out any gone meanwhile. */
export async function loadAll(load: LoadListing, where: { id?: string; num?: number }[]) {
  const found = await Promise.all(where.map((w) => load(w)));
  return found.filter((l): l is Listing => Boolean(l));
}
