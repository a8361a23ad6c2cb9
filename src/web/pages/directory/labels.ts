// Words for the directory's vocabulary in the app's language: facet terms from the shared content module
// (src/content/directory/terms.ts, also used by the server's search and HSDS), language and country names
// from the browser's own Intl data.
import { useTranslation } from "react-i18next";
import { termWords } from "../../../content/directory/terms";

export type TermFacet = keyof typeof termWords;

export function useDirectoryWords() {
  const { i18n } = useTranslation();
  const lang = i18n.language === "es" ? "es" : "en";
  const languageNames = new Intl.DisplayNames([lang], { type: "language" });
  const regionNames = new Intl.DisplayNames([lang], { type: "region" });
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  return {
    term: (facet: TermFacet, key: string) =>
      (termWords[facet] as Record<string, { en: string; es: string }>)[key]?.[lang] ?? key,
    terms: (facet: TermFacet) =>
      Object.entries(termWords[facet] as Record<string, { en: string; es: string }>).map(([value, w]) => ({
        value,
        label: w[lang],
      })),
    language: (code: string) => languageNames.of(code) ?? code,
    /** "US" → United States; "US-CA" stays a code after its country's name. */
    region: (code: string) => {
      const [country = code, sub] = code.split("-");
      const name = regionNames.of(country) ?? country;
      return sub ? `${name} (${sub})` : name;
    },
    /** A YYYY-MM-DD day as the person reads dates. */
    day: (iso: string) => dates.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)),
    km: (km: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(km),
  };
}
