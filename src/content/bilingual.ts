import type { Localized } from "./learn/types.js";

/** A word or sentence in both of the languages Attune is written in. */
export type Bilingual = Localized;

/** A pair written [English, Spanish], as the code reads it. */
export const bilingualOf = ([en, es]: readonly [en: string, es: string]): Bilingual => ({ en, es });

/**
 * A word list written as a glossary: one row a key, its English then its Spanish. Whoever edits or
 * translates reads the two side by side; the code reads each row as an `{ en, es }` pair. To add a word,
 * add a row (for a vocabulary, the key must exist in the domain's list first, or it does not compile).
 */
export function bilingual<K extends string>(
  rows: Readonly<Record<K, readonly [en: string, es: string]>>,
): Record<K, Bilingual> {
  const pairs = Object.entries(rows) as [K, readonly [string, string]][];
  return Object.fromEntries(pairs.map(([key, pair]) => [key, bilingualOf(pair)])) as Record<K, Bilingual>;
}
