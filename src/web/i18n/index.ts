// i18next set up once, synchronously, so the first render is already in the right language.
// Both languages are bundled: they are small, and the app must switch instantly and work offline.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "../api/types";
import en from "./en.json";
import es from "./es.json";
import { initialLocale, rememberLocale } from "./locale";

export const resources = { en: { translation: en }, es: { translation: es } } as const;

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: "en",
  interpolation: { escapeValue: false }, // React already escapes
  returnNull: false,
});

syncDocumentLanguage(i18next.language);
i18next.on("languageChanged", syncDocumentLanguage);

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

/** Switch language now, and remember it on this device. Saving to the account is the caller's job. */
export function applyLocale(locale: Locale): void {
  rememberLocale(locale);
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return i18next.language === "es" ? "es" : "en";
}

export { i18next };
