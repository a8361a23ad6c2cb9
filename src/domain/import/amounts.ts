// Amounts as trackers write them, with their unit: "4oz", "120 ml", "1.5oz", "100.4°F", "6.85kg", "63.5cm",
// and a breast side's time "00:12R". Each reader returns null for text it does not recognise.

/** One US fluid ounce in millilitres (the ounce on bottles sold in the Americas). */
export const ML_PER_FL_OZ = 29.5735;
const KG_PER_LB = 0.45359237;
const CM_PER_INCH = 2.54;

const number = String.raw`(\d+(?:[.,]\d+)?)`;
const toNumber = (text: string) => Number(text.replace(",", "."));

export interface Volume {
  ml: number;
  /** The unit it was written in, kept so the entry can show it as the family logged it. */
  unit: "ml" | "oz";
}

export function readVolume(text: string): Volume | null {
  const match = new RegExp(`^${number}\\s*(ml|oz|fl\\.?\\s*oz)$`, "i").exec(text.trim());
  if (!match) return null;
  const value = toNumber(match[1] as string);
  const unit = (match[2] as string).toLowerCase() === "ml" ? "ml" : "oz";
  return { ml: unit === "ml" ? value : Math.round(value * ML_PER_FL_OZ * 100) / 100, unit };
}

export interface Temperature {
  celsius: number;
  unit: "c" | "f";
}

export function readTemperature(text: string): Temperature | null {
  const match = new RegExp(`^${number}\\s*°?\\s*([CF])$`, "i").exec(text.trim());
  if (!match) return null;
  const value = toNumber(match[1] as string);
  if ((match[2] as string).toUpperCase() === "C") return { celsius: value, unit: "c" };
  return { celsius: Math.round((((value - 32) * 5) / 9) * 100) / 100, unit: "f" };
}

export function readWeightKg(text: string): number | null {
  const match = new RegExp(`^${number}\\s*(kg|g|lbs?)$`, "i").exec(text.trim());
  if (!match) return null;
  const value = toNumber(match[1] as string);
  const unit = (match[2] as string).toLowerCase();
  if (unit === "kg") return value;
  if (unit === "g") return value / 1000;
  return Math.round(value * KG_PER_LB * 1000) / 1000;
}

export function readLengthCm(text: string): number | null {
  const match = new RegExp(`^${number}\\s*(cm|in|inch|inches)$`, "i").exec(text.trim());
  if (!match) return null;
  const value = toNumber(match[1] as string);
  return (match[2] as string).toLowerCase() === "cm" ? value : Math.round(value * CM_PER_INCH * 10) / 10;
}

/** "00:12R" → 720 seconds on the right (Huckleberry writes hours and minutes); "0:12:30L" reads too. */
export function readSideTime(text: string): { side: "left" | "right"; seconds: number } | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([LR])$/i.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  if (minutes > 59 || seconds > 59) return null;
  return {
    side: (match[4] as string).toUpperCase() === "L" ? "left" : "right",
    seconds: hours * 3600 + minutes * 60 + seconds,
  };
}
