// Typed translation keys: a typo in t("...") is a type error, not a blank label in front of a tired parent.
import "i18next";
import type en from "./en.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
    returnNull: false;
  }
}
