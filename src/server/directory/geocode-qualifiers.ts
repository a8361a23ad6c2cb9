import { createRequire } from "node:module";
import { placeKey, type Where } from "./geocode-cities.js";

/**
 * What people write after a city to say which one: "Springfield, IL", "Portland, Oregon", "Perth,
 * Scotland", "Leeds, UK", "Springfield, IL, USA". Read into the country and the GeoNames admin1 code the
 * city data uses (a US state's postal code; ENG, SCT, WLS or NIR for the UK's nations).
 */
const ukNations: Record<string, string> = {
  england: "ENG",
  scotland: "SCT",
  wales: "WLS",
  "northern ireland": "NIR",
};
/** The nation's name for a UK admin1 code, for labels ("Leeds, England"). */
export const ukNationNames: Readonly<Record<string, string>> = {
  ENG: "England",
  SCT: "Scotland",
  WLS: "Wales",
  NIR: "Northern Ireland",
};
const countries: Record<string, string> = {
  uk: "GB",
  gb: "GB",
  "united kingdom": "GB",
  britain: "GB",
  "great britain": "GB",
  us: "US",
  usa: "US",
  "united states": "US",
  "united states of america": "US",
};

const require = createRequire(import.meta.url);
let usStates: Map<string, string> | undefined;

/** US state names and postal codes, both to the code ("illinois" and "il" to "IL"), from `zipcodes`. */
function states(): Map<string, string> {
  if (usStates) return usStates;
  const { full } = require("zipcodes/lib/states.js") as { full: Record<string, string> };
  usStates = new Map();
  for (const [name, code] of Object.entries(full)) {
    usStates.set(placeKey(name), code);
    usStates.set(placeKey(code), code);
  }
  return usStates;
}

function readPart(part: string): Where | undefined {
  const key = placeKey(part);
  const nation = ukNations[key];
  if (nation) return { country: "GB", admin: nation };
  const country = countries[key];
  if (country) return { country };
  const state = states().get(key);
  if (state) return { country: "US", admin: state };
  return undefined;
}

/** The place the words name, or undefined when a word is not one we know or they contradict each other. */
export function readQualifier(parts: readonly string[]): Where | undefined {
  const where: Where = {};
  for (const part of parts) {
    const read = readPart(part);
    if (!read) return undefined;
    if (read.country && where.country && read.country !== where.country) return undefined;
    if (read.admin && where.admin && read.admin !== where.admin) return undefined;
    Object.assign(where, read);
  }
  return where;
}
