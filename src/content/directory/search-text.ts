// The words a listing is found by. It lives with the directory's words (content), not in the domain: the
// domain knows a listing's terms by key, and only content knows what each is called in English and Spanish.
import type { ListingInput } from "../../domain/directory/listing-input.js";
import { termWords } from "./terms.js";

/**
 * The words a listing is found by: its own, plus the English and Spanish words for every term it holds, so
 * "lactancia", "EMDR" or "birth trauma" find it whether or not its description says so. The database indexes
 * this one text (SQLite FTS5, Postgres tsvector); it is rebuilt whenever the listing changes.
 */
export function searchTextOf(
  l: Pick<
    ListingInput,
    "name" | "organization" | "about" | "services" | "focus" | "approaches" | "credentials" | "inPerson"
  >,
): string {
  const words = [
    ...l.services.flatMap((k) => Object.values(termWords.service[k])),
    ...l.focus.flatMap((k) => Object.values(termWords.focus[k])),
    ...l.approaches.flatMap((k) => Object.values(termWords.approach[k])),
    ...l.credentials.flatMap((c) => Object.values(termWords.credential[c.type])),
  ];
  return [l.name, l.organization ?? "", l.inPerson?.city ?? "", l.inPerson?.region ?? "", l.about, ...words]
    .filter(Boolean)
    .join("\n");
}
