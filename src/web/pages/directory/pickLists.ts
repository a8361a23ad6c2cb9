// What a provider picks languages and video regions from: every language the browser can name (ISO 639-1,
// and a few 639-3 codes for languages without a two-letter one) and the regions the search offers, each
// found by its name in the person's language, its English name, its own name or its code. The listing keeps
// the codes the server checks (taxonomy.ts: languageCode, telehealthRegion). Pure, unit-tested.

/** ISO 639-1, less the historical and constructed languages no family sees a clinician in. */
const twoLetter =
  "aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cv cy da de dv dz ee el en es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz id ig ii ik is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pl ps pt qu rm rn ro ru rw sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi wa wo xh yi yo za zh zu";
/**
 * Three-letter codes for languages many families in the US and the UK speak at home that have no two-letter
 * code: American and British Sign Language, Cantonese, Hmong, Cebuano, Ilocano, Hawaiian, Min Nan, Hakka,
 * Dari, Krio, Cherokee, K'iche', Mam and Q'anjob'al.
 */
const threeLetter = "ase bfi yue hmn ceb ilo haw nan hak prs kri chr quc mam kjb";

export const languageCodes: readonly string[] = `${twoLetter} ${threeLetter}`.split(" ");

/** Lower case without accents: "Español" and "espanol" find the same language. */
export const fold = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").trim();

export interface PickOption {
  code: string;
  /** The name shown, in the person's language. */
  name: string;
  /** Everything that finds it, folded: its name, other names, its code. */
  words: string[];
}

/**
 * The languages the browser has names for, by name in `lang`. Each is also found by its English name and
 * its own ("español", "polski"); a code the browser cannot name is left out rather than shown as a code.
 */
export function languageOptions(lang: string): PickOption[] {
  const named = (locale: string) => new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
  const local = named(lang);
  const english = named("en");
  const options: PickOption[] = [];
  for (const code of languageCodes) {
    const name = local.of(code);
    if (!name) continue;
    let own: string | undefined;
    try {
      own = named(code).of(code);
    } catch {
      own = undefined;
    }
    const words = [name, english.of(code), own, code].filter((w): w is string => Boolean(w)).map(fold);
    options.push({ code, name, words });
  }
  return options.sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** Regions named by `nameOf`, in the order given (a country, then its states or nations by name). */
export function regionOptions(
  codes: readonly string[],
  nameOf: (code: string) => string,
  lang: string,
): PickOption[] {
  const options = codes.map((code) => {
    const name = nameOf(code);
    const sub = code.split("-")[1];
    return { code, name, words: [fold(name), fold(code), ...(sub ? [fold(sub)] : [])] };
  });
  // Countries stay first, each followed by its own subdivisions in alphabetical order.
  const countryOf = (code: string) => code.split("-")[0] ?? code;
  return options.sort((a, b) => {
    const byCountry = codes.indexOf(countryOf(a.code)) - codes.indexOf(countryOf(b.code));
    if (byCountry) return byCountry;
    const aWhole = !a.code.includes("-");
    const bWhole = !b.code.includes("-");
    if (aWhole !== bWhole) return aWhole ? -1 : 1;
    return a.name.localeCompare(b.name, lang);
  });
}

/**
 * The options a search finds: those with a word starting with it first, then those containing it anywhere,
 * each group in list order. `limit` keeps a one-letter search from listing half the world.
 */
export function findOptions(
  options: readonly PickOption[],
  query: string,
  limit: number,
): { shown: PickOption[]; total: number } {
  const q = fold(query);
  if (!q) return { shown: [], total: 0 };
  const starts = (o: PickOption) =>
    o.words.some(
      (w) => w === q || w.startsWith(q) || w.split(/[\s(),'-]+/).some((part) => part.startsWith(q)),
    );
  const first = options.filter(starts);
  const then = options.filter((o) => !starts(o) && o.words.some((w) => w.includes(q)));
  const found = [...first, ...then];
  return { shown: found.slice(0, limit), total: found.length };
}
