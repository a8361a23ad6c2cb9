// The person's units from their account preferences (Settings), with the language for number formats.
// Before the account has loaded (or offline with nothing remembered) the defaults apply: ml and kg.
import { useTranslation } from "react-i18next";
import { useMe } from "../api/account";
import type { Units } from "./units";

export function useUnits(): Units {
  const { i18n } = useTranslation();
  const preferences = useMe().data?.preferences;
  return {
    volume: preferences?.volumeUnit ?? "ml",
    weight: preferences?.weightUnit ?? "kg",
    locale: i18n.language,
  };
}
