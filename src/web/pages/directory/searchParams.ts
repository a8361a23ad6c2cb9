// The search as it lives in the page's address: the same names as the API's query, so a shared link searches
// the same, Back returns to the last search, and the API receives exactly what the address says.
export const searchKeys = [
  "q",
  "near",
  "radiusKm",
  "service",
  "focus",
  "credential",
  "approach",
  "language",
  "insurance",
  "telehealth",
  "slidingScale",
  "accepting",
] as const;
export type SearchKey = (typeof searchKeys)[number];
export type SearchValues = Partial<Record<SearchKey, string>>;

export function valuesOf(params: URLSearchParams): SearchValues {
  const values: SearchValues = {};
  for (const key of searchKeys) {
    const value = params.get(key);
    if (value) values[key] = value;
  }
  return values;
}

/** Only what is set, in a fixed order: one search, one address. */
export function queryOf(values: SearchValues): string {
  const params = new URLSearchParams();
  for (const key of searchKeys) {
    const value = values[key]?.trim();
    if (value) params.set(key, value);
  }
  if (!params.get("near")) params.delete("radiusKm");
  return params.toString();
}

/** Languages offered as a filter: the app's own two, then the most spoken at home in the US and the UK. */
export const filterLanguages = [
  "en",
  "es",
  "zh",
  "ar",
  "pl",
  "pt",
  "fr",
  "hi",
  "ur",
  "bn",
  "pa",
  "vi",
  "tl",
  "ru",
  "so",
];

const usStates =
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  );
/** Where someone may want support by video: a whole country, a UK nation, or a US state. */
export const telehealthRegions = [
  "US",
  ...usStates.map((s) => `US-${s}`),
  "GB",
  "GB-ENG",
  "GB-SCT",
  "GB-WLS",
  "GB-NIR",
];
