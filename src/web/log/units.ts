// Units. The log always stores metric (ml, kg, cm, °C), the numbers the schemas in src/domain check; people
// read and type their own units (Settings has ml/oz and kg/lb). Pure functions, no React, so they are
// unit-tested on their own (test/unit/units.test.ts).

export type VolumeUnit = "ml" | "oz";
export type WeightUnit = "kg" | "lb";
export type TemperatureUnit = "c" | "f";

/** The person's units and language, as the log screens need them. */
export interface Units {
  volume: VolumeUnit;
  weight: WeightUnit;
  locale: string;
}

/** One US fluid ounce (the one printed on bottles sold in the Americas). */
export const ML_PER_OZ = 29.5735;
/** The international avoirdupois pound, exactly. */
export const KG_PER_LB = 0.45359237;

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export const mlToOz = (ml: number) => ml / ML_PER_OZ;
/** Stored to a tenth of a millilitre: enough that "4 oz" reads back as 4 oz. */
export const ozToMl = (oz: number) => roundTo(oz * ML_PER_OZ, 1);
export const kgToLb = (kg: number) => kg / KG_PER_LB;
/** Stored to the gram: baby scales weigh no finer. */
export const lbToKg = (lb: number) => roundTo(lb * KG_PER_LB, 3);
export const celsiusToFahrenheit = (c: number) => (c * 9) / 5 + 32;
/** Stored to a hundredth of a degree, so 101 °F reads back as 101.0 °F. */
export const fahrenheitToCelsius = (f: number) => roundTo(((f - 32) * 5) / 9, 2);

/** How finely each unit is shown: what a bottle, a scale or a thermometer can tell apart. */
export const shownDecimals = { ml: 0, oz: 1, kg: 3, lb: 2, cm: 1, c: 1, f: 1, min: 0 } as const;
export type ShownUnit = keyof typeof shownDecimals;

const symbols: Record<ShownUnit, string> = {
  ml: "ml",
  oz: "oz",
  kg: "kg",
  lb: "lb",
  cm: "cm",
  c: "°C",
  f: "°F",
  min: "min",
};

// One formatter per language and unit: building one costs far more than using it, and a list asks per row.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the person's language (3,5 in Spanish), to the unit's precision, without trailing zeros. */
export function formatNumber(value: number, unit: ShownUnit, locale: string): string {
  const decimals = shownDecimals[unit];
  const key = `${locale}|${unit}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Temperatures keep their decimal (37.0 °C), so a reading never looks rounder than it was taken.
    const keep = unit === "c" || unit === "f" ? decimals : 0;
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: keep,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    numberFormats.set(key, format);
  }
  return format.format(roundTo(value, decimals));
}

/** "120 ml", "4.1 oz", "37.8 °C" (a no-break space keeps the number and its unit together). */
export function formatWithUnit(value: number, unit: ShownUnit, locale: string): string {
  return `${formatNumber(value, unit, locale)}\u00a0${symbols[unit]}`;
}

export function unitSymbol(unit: ShownUnit): string {
  return symbols[unit];
}

export function volumeIn(ml: number, unit: VolumeUnit): number {
  return unit === "oz" ? mlToOz(ml) : ml;
}

export function volumeToMl(value: number, unit: VolumeUnit): number {
  return unit === "oz" ? ozToMl(value) : roundTo(value, 1);
}

export function weightIn(kg: number, unit: WeightUnit): number {
  return unit === "lb" ? kgToLb(kg) : kg;
}

export function weightToKg(value: number, unit: WeightUnit): number {
  return unit === "lb" ? lbToKg(value) : roundTo(value, 3);
}

export function temperatureIn(celsius: number, unit: TemperatureUnit): number {
  return unit === "f" ? celsiusToFahrenheit(celsius) : celsius;
}

export function temperatureToCelsius(value: number, unit: TemperatureUnit): number {
  return unit === "f" ? fahrenheitToCelsius(value) : roundTo(value, 2);
}

/** The stored value in the person's unit first, the other in brackets: "120 ml (4.1 oz)". */
export function volumeBoth(ml: number, unit: VolumeUnit, locale: string): string {
  const other: VolumeUnit = unit === "ml" ? "oz" : "ml";
  return `${formatWithUnit(volumeIn(ml, unit), unit, locale)} (${formatWithUnit(volumeIn(ml, other), other, locale)})`;
}

export function weightBoth(kg: number, unit: WeightUnit, locale: string): string {
  const other: WeightUnit = unit === "kg" ? "lb" : "kg";
  return `${formatWithUnit(weightIn(kg, unit), unit, locale)} (${formatWithUnit(weightIn(kg, other), other, locale)})`;
}

/** There is no temperature preference yet: Celsius first, Fahrenheit alongside. */
export function temperatureBoth(celsius: number, locale: string): string {
  return `${formatWithUnit(celsius, "c", locale)} (${formatWithUnit(celsiusToFahrenheit(celsius), "f", locale)})`;
}

/**
 * A decimal number as a person types it: "37.8", "37,8" (Spanish keyboards), " 4 ". null when the field is
 * empty, NaN when it isn't a number at all (so the form can say so instead of guessing).
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const normalised = trimmed.replace(",", ".");
  if (!/^(\d+\.?\d*|\.\d+)$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}
