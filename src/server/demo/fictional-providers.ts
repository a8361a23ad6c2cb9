import type { ListingInput } from "../../domain/directory/listing-input.js";
import { approaches, focusAreas, insurancePlans, serviceTypes } from "../../domain/directory/taxonomy.js";

/**
 * Clearly fictional providers for the demo (about 200) and for benchmarks (100,000): a seeded generator,
 * so every run makes the same directory. Names are invented, every about text says "Demo listing", emails
 * use example.org, US phones the 555-01xx range kept for fiction, UK phones Ofcom's drama range (020 7946 0xxx).
 * Places are spread around real city centres (coordinates rounded from GeoNames, the same source the
 * geocoder uses), some telehealth-only.
 */
const cities = [
  { city: "New York", region: "NY", country: "US", lat: 40.714, lon: -74.006 },
  { city: "Los Angeles", region: "CA", country: "US", lat: 34.052, lon: -118.244 },
  { city: "Chicago", region: "IL", country: "US", lat: 41.85, lon: -87.65 },
  { city: "Houston", region: "TX", country: "US", lat: 29.763, lon: -95.363 },
  { city: "Phoenix", region: "AZ", country: "US", lat: 33.448, lon: -112.074 },
  { city: "Philadelphia", region: "PA", country: "US", lat: 39.952, lon: -75.164 },
  { city: "San Antonio", region: "TX", country: "US", lat: 29.424, lon: -98.494 },
  { city: "San Diego", region: "CA", country: "US", lat: 32.716, lon: -117.165 },
  { city: "Dallas", region: "TX", country: "US", lat: 32.783, lon: -96.807 },
  { city: "San Francisco", region: "CA", country: "US", lat: 37.775, lon: -122.419 },
  { city: "Seattle", region: "WA", country: "US", lat: 47.606, lon: -122.332 },
  { city: "Denver", region: "CO", country: "US", lat: 39.739, lon: -104.985 },
  { city: "Boston", region: "MA", country: "US", lat: 42.358, lon: -71.06 },
  { city: "Atlanta", region: "GA", country: "US", lat: 33.749, lon: -84.388 },
  { city: "Miami", region: "FL", country: "US", lat: 25.774, lon: -80.194 },
  { city: "Minneapolis", region: "MN", country: "US", lat: 44.98, lon: -93.264 },
  { city: "Portland", region: "OR", country: "US", lat: 45.523, lon: -122.676 },
  { city: "Nashville", region: "TN", country: "US", lat: 36.166, lon: -86.784 },
  { city: "Austin", region: "TX", country: "US", lat: 30.267, lon: -97.743 },
  { city: "Detroit", region: "MI", country: "US", lat: 42.331, lon: -83.046 },
  { city: "Baltimore", region: "MD", country: "US", lat: 39.29, lon: -76.612 },
  { city: "Albuquerque", region: "NM", country: "US", lat: 35.084, lon: -106.651 },
  { city: "Salt Lake City", region: "UT", country: "US", lat: 40.761, lon: -111.891 },
  { city: "Raleigh", region: "NC", country: "US", lat: 35.772, lon: -78.639 },
  { city: "London", region: "England", country: "GB", lat: 51.509, lon: -0.126 },
  { city: "Manchester", region: "England", country: "GB", lat: 53.481, lon: -2.237 },
  { city: "Birmingham", region: "England", country: "GB", lat: 52.481, lon: -1.9 },
  { city: "Leeds", region: "England", country: "GB", lat: 53.797, lon: -1.548 },
  { city: "Bristol", region: "England", country: "GB", lat: 51.455, lon: -2.597 },
  { city: "Liverpool", region: "England", country: "GB", lat: 53.41, lon: -2.978 },
  { city: "Newcastle upon Tyne", region: "England", country: "GB", lat: 54.973, lon: -1.614 },
  { city: "Sheffield", region: "England", country: "GB", lat: 53.383, lon: -1.466 },
  { city: "Nottingham", region: "England", country: "GB", lat: 52.954, lon: -1.15 },
  { city: "Brighton", region: "England", country: "GB", lat: 50.828, lon: -0.139 },
  { city: "Edinburgh", region: "Scotland", country: "GB", lat: 55.953, lon: -3.193 },
  { city: "Glasgow", region: "Scotland", country: "GB", lat: 55.865, lon: -4.258 },
  { city: "Cardiff", region: "Wales", country: "GB", lat: 51.48, lon: -3.18 },
  { city: "Belfast", region: "Northern Ireland", country: "GB", lat: 54.597, lon: -5.93 },
] as const;

const firstNames = [
  "Alma",
  "Bea",
  "Carmen",
  "Dana",
  "Eli",
  "Farah",
  "Gwen",
  "Hana",
  "Ines",
  "Jo",
  "Kemi",
  "Lena",
  "Mira",
  "Nadia",
  "Orla",
  "Priya",
  "Quinn",
  "Rosa",
  "Sana",
  "Tess",
  "Uma",
  "Vera",
  "Wren",
  "Yara",
  "Zoe",
  "Amir",
  "Ben",
  "Cai",
  "Dev",
  "Finn",
];
const lastNames = [
  "Abbott",
  "Banerjee",
  "Castillo",
  "Delaney",
  "Ekwueme",
  "Fairweather",
  "Gallo",
  "Hartley",
  "Ibarra",
  "Jovanovic",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Petrova",
  "Quintero",
  "Rahman",
  "Sorensen",
  "Thackeray",
  "Underhill",
  "Varga",
  "Whitlock",
  "Yilmaz",
  "Zeller",
];
const practices = [
  "Little Harbour",
  "First Light",
  "Open Arms",
  "Willow",
  "Nest & Grow",
  "Tidewater",
  "Gentle Start",
  "Riverbend",
  "Kindred",
  "Morning Star",
];
const credentialsFor: Record<string, string[]> = {
  therapy: ["lcsw", "lmft", "lpc", "psychologist", "pmh_c"],
  psychiatry: ["psychiatrist", "pmhnp", "pmh_c"],
  lactation: ["ibclc", "midwife", "nurse"],
  doula: ["certified_doula"],
  infant_massage: ["certified_infant_massage"],
  occupational_therapy: ["occupational_therapist"],
  physical_therapy: ["physical_therapist"],
  craniosacral_therapy: ["other_licence"],
  chiropractic: ["chiropractor"],
  peer_support: ["pmh_c"],
  support_group: ["pmh_c"],
  other: ["other_licence"],
};
const usStates = ["CA", "NY", "TX", "FL", "IL", "WA", "MA", "CO", "GA", "PA"];
const languages = ["en", "en", "en", "es", "es", "pl", "ar", "zh", "pt", "fr", "hi", "ur", "vi"];

/** mulberry32: a small, fast, seeded generator; good enough to spread fictional data. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FictionalProvider {
  input: ListingInput;
  coordinates: { lat: number; lon: number } | null;
}

export function fictionalProviders(count: number, seed = 20261122): FictionalProvider[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(random() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  return Array.from({ length: count }, (_, i) => {
    const home = pick(cities);
    const us = home.country === "US";
    const service = pick(serviceTypes);
    const organization = random() < 0.25;
    const name = organization
      ? `${pick(practices)} ${pick(["Perinatal Centre", "Family Practice", "Collective"])}`
      : `${pick(firstNames)} ${pick(lastNames)}`;
    const telehealthOnly = random() < 0.15;
    // Up to about 30 km from the city centre, so radius searches have something to sort.
    const distance = random() * 0.27;
    const angle = random() * 2 * Math.PI;
    const coordinates = telehealthOnly
      ? null
      : {
          lat: home.lat + distance * Math.cos(angle),
          lon: home.lon + (distance * Math.sin(angle)) / Math.cos((home.lat * Math.PI) / 180),
        };
    const telehealth =
      telehealthOnly || random() < 0.5 ? (us ? some(usStates, 3).map((s) => `US-${s}`) : ["GB"]) : [];
    const phone = us
      ? `+1 ${200 + (i % 700)} 555 01${String(i % 100).padStart(2, "0")}`
      : `020 7946 0${String(i % 1000).padStart(3, "0")}`;
    const input: ListingInput = {
      name: `${name} (demo)`,
      kind: organization ? "organization" : "individual",
      about: `Demo listing: this provider is fictional. ${organization ? "A team" : "A practitioner"} offering ${service.replace(/_/g, " ")} for families in pregnancy and the first years, ${telehealthOnly ? "by video" : `in ${home.city}`}.`,
      services: [...new Set([service, ...(random() < 0.3 ? [pick(serviceTypes)] : [])])],
      focus: some(focusAreas, 3),
      approaches: service === "therapy" || service === "psychiatry" ? some(approaches, 3) : [],
      credentials: [
        {
          type: pick(
            credentialsFor[service] ?? ["other_licence"],
          ) as ListingInput["credentials"][number]["type"],
        },
      ],
      languages: [...new Set(["en", ...some(languages, 2)])],
      insurance: us ? some(insurancePlans.slice(0, 8), 3) : random() < 0.5 ? ["nhs"] : ["self_pay"],
      slidingScale: random() < 0.4,
      accepting: random() < 0.75,
      inPerson: telehealthOnly
        ? null
        : { city: home.city, region: home.region, country: home.country, showAddress: false },
      telehealth: telehealthOnly && !telehealth.length ? [us ? "US" : "GB"] : telehealth,
      contact: { email: `provider${i}@example.org`, phone },
    };
    return { input, coordinates };
  });
}
