import type { Locale } from "../../domain/account.js";

/** Attune's own words in the asked language; English where a text has no Spanish yet. */
export const localize = (text: { en: string; es?: string }, lang: Locale): string => text[lang] ?? text.en;
