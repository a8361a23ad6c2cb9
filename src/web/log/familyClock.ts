// Dates and clock times as text, in the person's language but on the FAMILY's clock, so "fed at 3:10" means
// the same moment to everyone in the family, whichever zone their phone is set to.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLogContext } from "./LogContext";

// Building an Intl.DateTimeFormat costs far more than using one, and every row of a list asks for the same
// few: one of each per language, zone and options, for the life of the page.
const made = new Map<string, Intl.DateTimeFormat>();

/** A formatter for the family's time zone; falls back to the phone's zone if the name is unknown here. */
export function familyFormat(
  language: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(language, { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat(language, options);
    }
    made.set(key, format);
  }
  return format;
}

export function useFamilyFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const { i18n } = useTranslation();
  const { family } = useLogContext();
  const key = JSON.stringify(options);
  // Keyed on the options' content, so callers can pass a literal.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `options`
  return useMemo(
    () => familyFormat(i18n.language, family.timeZone, options),
    [i18n.language, family.timeZone, key],
  );
}

/** Clock time ("3:10 PM", "15:10") of an ISO instant on the family's clock. */
export function useFamilyClock(): (iso: string) => string {
  const format = useFamilyFormat({ hour: "numeric", minute: "2-digit" });
  return (iso: string) => format.format(new Date(iso));
}
