import { createRequire } from "node:module";

/**
 * US ZIP codes, from the `zipcodes` package (BSD licence; its README names the free Federal Government
 * ZIP Code database as the source): about 42,000 codes with a point, a city and a state. Read on the first
 * ZIP lookup, not before, because parsing the package's 5 MB of JavaScript is a third of a second.
 */
export interface Zip {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

const require = createRequire(import.meta.url);
let zips: Map<string, Zip> | undefined;

function load(): Map<string, Zip> {
  if (zips) return zips;
  const codes = (require("zipcodes/lib/codes.js") as { codes: Record<string, Zip> }).codes;
  const map = new Map<string, Zip>();
  // About 300 codes (military APO/FPO/DPO mail, a few others) have no place: their 0,0 is in the Atlantic.
  // The package's own records go into the Map as they are: copies would only double the memory.
  for (const z of Object.values(codes)) if (z.latitude && z.longitude) map.set(z.zip, z);
  zips = map;
  return map;
}

/** The ZIP code's point, city and state, if it is a known ZIP code with a place. */
export function zipCode(code: string): Zip | undefined {
  return load().get(code);
}
