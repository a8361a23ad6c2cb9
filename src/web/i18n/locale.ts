// Which language to show before we know anything about the person: what they chose on this device last
// time, else what their browser prefers. Once signed in, their saved preference takes over.
import type { Locale } from "../api/types";

export const LOCALES: readonly Locale[] = ["en", "es"];
const STORAGE_KEY = "attune.locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage can be blocked (private modes); the browser language is a fine fallback
  }
}

export function browserLocale(): Locale {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return languages[0]?.toLowerCase().startsWith("es") ? "es" : "en";
}

export function initialLocale(): Locale {
  return storedLocale() ?? browserLocale();
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering across reloads is acceptable; the switch still applies now.
  }
}
