// Distances in the units the person reads road signs in: miles in the United States and the United Kingdom
// (and Liberia and Myanmar), kilometres elsewhere. The API always speaks kilometres (distanceKm, radiusKm);
// only what is shown changes. Pure functions, unit-tested on their own (test/unit/directory-distance.test.ts).

export type DistanceUnit = "km" | "mi";

/** The international mile, exactly. */
export const KM_PER_MILE = 1.609344;

/** Where road distances are signed in miles. */
const milesRegions = new Set(["US", "GB", "LR", "MM"]);

/** The search's radius when the address names none: the server's DEFAULT_RADIUS_KM. */
export const DEFAULT_RADIUS_KM = "25";

/** The radius choices, as round numbers in the person's own unit. */
const radiusSteps = [5, 10, 25, 50, 100];

/** What the person's account says, when they are signed in (the Settings preferences). */
export interface UnitPreferences {
  weightUnit?: "kg" | "lb";
  volumeUnit?: "ml" | "oz";
  /** The region they chose in Settings (ISO 3166-1), or null to follow their family's or the device's. */
  region?: string | null;
}

/** "en-US" → US, "es-419" → 419, "en" → null: the region a language tag names, if any. */
export function regionOfLanguageTag(tag: string): string | null {
  try {
    return new Intl.Locale(tag).region ?? null;
  } catch {
    return null;
  }
}

/**
 * Miles or kilometres. Someone who weighs in pounds or measures bottles in ounces reads miles too; otherwise
 * the region they chose says, and failing that the browser's language ("en-US", "en-GB"). Without a region
 * anywhere, kilometres, as most of the world.
 */
export function distanceUnitFor(
  preferences: UnitPreferences | null | undefined,
  browserLanguages: readonly string[],
): DistanceUnit {
  if (preferences?.weightUnit === "lb" || preferences?.volumeUnit === "oz") return "mi";
  const region =
    preferences?.region ??
    browserLanguages.map(regionOfLanguageTag).find((r): r is string => r !== null) ??
    null;
  return region && milesRegions.has(region) ? "mi" : "km";
}

/** A number of kilometres in the unit, as finely as a distance is worth telling: 0.6, 5, 16, 160. */
export function distanceIn(km: number, unit: DistanceUnit): number {
  const amount = unit === "mi" ? km / KM_PER_MILE : km;
  return amount < 10 ? Math.round(amount * 10) / 10 : Math.round(amount);
}

/** A number in the unit as kilometres for the API, to a tenth of a kilometre (a few dozen metres). */
export function kmOf(amount: number, unit: DistanceUnit): string {
  const km = unit === "mi" ? amount * KM_PER_MILE : amount;
  return String(Math.round(km * 10) / 10);
}

export interface RadiusChoice {
  /** What is sent as radiusKm. */
  km: string;
  /** What the person reads, in their unit. */
  amount: number;
}

/**
 * The radius choices in the person's unit: 5, 10, 25, 50 and 100 miles (or km), each sent in km. A radius
 * the address already holds that is not one of them (a link shared by someone who reads kilometres, or the
 * server's default) is offered too, in its place, so the form always says what the search used.
 */
export function radiusChoices(unit: DistanceUnit, currentKm?: string): RadiusChoice[] {
  const choices = radiusSteps.map((amount) => ({ km: kmOf(amount, unit), amount }));
  const current = Number(currentKm);
  if (currentKm && Number.isFinite(current) && current > 0 && !choices.some((c) => c.km === currentKm))
    choices.push({ km: currentKm, amount: distanceIn(current, unit) });
  return choices.sort((a, b) => Number(a.km) - Number(b.km));
}
