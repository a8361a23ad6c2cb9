// Words for the directory's vocabulary in the app's language: facet terms from the shared content module
// (src/content/directory/terms.ts, also used by the server's search and HSDS), language and country names
// from the browser's own Intl data, US state and UK nation names from the catalogue, and distances in the
// person's own unit (distance.ts).
import { useTranslation } from "react-i18next";
import { termWords } from "../../../content/directory/terms";
import { useMe } from "../../api/account";
import { type DistanceUnit, distanceIn, distanceUnitFor } from "./distance";
// Region and distance words are also shown outside the directory (referrals on the care team and the case).
import "../../i18n/directory";

export type TermFacet = keyof typeof termWords;

/** The browser's languages, its first choice first: what says where a signed-out visitor most likely is. */
function browserLanguages(): string[] {
  if (typeof navigator === "undefined") return [];
  return [navigator.language, ...(navigator.languages ?? [])].filter(Boolean);
}

/** Miles or kilometres for this person: their account's units and region, else the browser's language. */
export function useDistanceUnit(): DistanceUnit {
  const preferences = useMe().data?.preferences;
  return distanceUnitFor(preferences, browserLanguages());
}

export function useDirectoryWords() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "es" ? "es" : "en";
  const unit = useDistanceUnit();
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const languageNames = new Intl.DisplayNames([lang], { type: "language" });
  const regionNames = new Intl.DisplayNames([lang], { type: "region" });
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  return {
    unit,
    term: (facet: TermFacet, key: string) =>
      (termWords[facet] as Record<string, { en: string; es: string }>)[key]?.[lang] ?? key,
    terms: (facet: TermFacet) =>
      Object.entries(termWords[facet] as Record<string, { en: string; es: string }>).map(([value, w]) => ({
        value,
        label: w[lang],
      })),
    language: (code: string) => languageNames.of(code) ?? code,
    /** "US" → United States, "US-CA" → California, "GB-SCT" → Scotland; an unknown subdivision keeps its code. */
    region: (code: string) => {
      const [country = code, sub] = code.split("-");
      const name = regionNames.of(country) ?? country;
      if (!sub) return name;
      const key = `directory.regions.${code}`;
      return i18n.exists(key) ? t(key as "directory.regions.US-CA") : `${name} (${sub})`;
    },
    /** A YYYY-MM-DD day as the person reads dates. */
    day: (iso: string) => dates.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)),
    /** "3.2 km away", or "2 miles away" where distances are read in miles. */
    distance: (km: number) => {
      const amount = distanceIn(km, unit);
      return unit === "mi"
        ? t("directory.card.distanceMiles", { count: amount, miles: number.format(amount) })
        : t("directory.card.distance", { km: number.format(amount) });
    },
    /** A search radius in the person's unit: "Within 25 km", "Within 25 miles". */
    radius: (amount: number) =>
      unit === "mi"
        ? t("directory.search.radiusValueMiles", { count: amount, miles: number.format(amount) })
        : t("directory.search.radiusValue", { km: number.format(amount) }),
  };
}
