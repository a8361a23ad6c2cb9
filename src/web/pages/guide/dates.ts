// Calendar dates ("2026-05-12") as words. A calendar date names a day, not an instant, so it is formatted
// at noon UTC in UTC: the same day in every time zone, whatever the phone's clock says.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

export function useDateFormat(options: Intl.DateTimeFormatOptions): (date: string) => string {
  const { i18n } = useTranslation();
  const key = JSON.stringify(options);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `options`
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { ...options, timeZone: "UTC" });
    return (date: string) => format.format(new Date(`${date}T12:00:00Z`));
  }, [i18n.language, key]);
}

/** "12–18 May 2026" or "28 Apr – 4 May 2026", in the person's language. */
export function useDateRange(): (from: string, to: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    return (from: string, to: string) =>
      format.formatRange(new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`));
  }, [i18n.language]);
}

export const isCalendarDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
