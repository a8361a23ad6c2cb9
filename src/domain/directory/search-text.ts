import { termWords } from "../../content/directory/terms.js";
import type { ListingInput } from "./listing-input.js";

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

/** Lower case, accents removed: the form both the index and the query use. */
export const foldText = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Words only (letters and digits), so nothing a person types can be read as query syntax. */
export const searchWords = (text: string) =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
