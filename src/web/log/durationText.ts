// How long something lasted, in the words on a parent's screen: "17 s" under a minute (never "0 min", which
// reads as nothing happened), then "12 min", "2 h", "1 h 5 min". Pure, with the translator passed in.
import type { TFunction } from "i18next";

/** Whole minutes as "12 min", "2 h" or "1 h 5 min". */
export function minutesText(t: TFunction, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t("time.minutes", { count: m });
  if (m === 0) return t("time.hours", { count: h });
  return t("time.hoursMinutes", { h, m });
}

/** A length of time given in seconds: seconds under a minute, whole minutes from then on. */
export function secondsText(t: TFunction, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? t("time.seconds", { count: s }) : minutesText(t, Math.round(s / 60));
}
