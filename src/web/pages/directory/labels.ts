// Words for the directory's vocabulary in the app's language: facet terms from the shared content module
// (src/content/directory/terms.ts, also used by the server's search and HSDS), language and country names
// from the browser's own Intl data; distances in miles for people who chose pounds or ounces.
import { useTranslation } from "react-i18next";
import { termWords } from "../../../content/directory/terms";
import { useMe } from "../../api/account";

const KM_PER_MILE = 1.609344;

export type TermFacet = keyof typeof termWords;

export function useDirectoryWords() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "es" ? "es" : "en";
  // The app keeps units per person for feeds and weights; someone who weighs in pounds or measures bottles
  // in ounces most likely reads road distances in miles too. Signed out, kilometres.
  const preferences = useMe().data?.preferences;
  const miles = preferences?.weightUnit === "lb" || preferences?.volumeUnit === "oz";
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
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
    /** "3.2 km away", or "2 miles away" for people who use imperial units. */
    distance: (km: number) => {
      if (!miles) return t("directory.card.distance", { km: number.format(km) });
      const mi = Math.round((km / KM_PER_MILE) * 10) / 10;
      return t("directory.card.distanceMiles", { count: mi, miles: number.format(mi) });
    },
    /** A search radius (always sent in km): "Within 25 km", with miles beside it for imperial units. */
    radius: (km: string) =>
      miles
        ? t("directory.search.radiusValueMiles", { km, miles: Math.round(Number(km) / KM_PER_MILE) })
        : t("directory.search.radiusValue", { km }),
  };
}
