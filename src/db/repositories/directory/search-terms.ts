import type { Transaction } from "kysely";
import { searchTextOf } from "../../../content/directory/search-text.js";
import type { ListingInput } from "../../../domain/directory/listing-input.js";
import { foldText } from "../../../domain/text.js";
import type { Database } from "../../schema.js";

/**
 * What directory search reads of a listing besides its columns: the (facet, term) rows its filters match,
 * and the folded text its word search indexes. Both are rewritten whenever the words they come from change.
 */

/** The (facet, term) rows a listing is filtered by. */
export function termsOf(l: ListingInput): { facet: string; term: string }[] {
  return [
    ...l.services.map((term) => ({ facet: "service", term })),
    ...l.focus.map((term) => ({ facet: "focus", term })),
    ...l.approaches.map((term) => ({ facet: "approach", term })),
    ...l.credentials.map((c) => ({ facet: "credential", term: c.type })),
    ...l.languages.map((term) => ({ facet: "language", term })),
    ...l.insurance.map((term) => ({ facet: "insurance", term })),
    ...l.telehealth.map((term) => ({ facet: "telehealth", term })),
  ];
}

/** The text word search indexes: lower case without accents, so "Ñ" finds "n". */
export const searchTextColumn = (l: ListingInput) => foldText(searchTextOf(l));

export async function replaceTerms(tx: Transaction<Database>, num: number, l: ListingInput) {
  await tx.deleteFrom("directory_terms").where("provider_num", "=", num).execute();
  const rows = termsOf(l).map((t) => ({ provider_num: num, ...t }));
  if (rows.length) await tx.insertInto("directory_terms").values(rows).execute();
}

/** The term rows of many new listings, written a slice at a time to stay under the databases' parameter limits. */
export async function insertTermsOf(
  tx: Transaction<Database>,
  listings: readonly { num: number; listing: ListingInput }[],
) {
  const terms = listings.flatMap(({ num, listing }) =>
    termsOf(listing).map((t) => ({ provider_num: num, ...t })),
  );
  for (let k = 0; k < terms.length; k += 2000)
    await tx
      .insertInto("directory_terms")
      .values(terms.slice(k, k + 2000))
      .execute();
}
