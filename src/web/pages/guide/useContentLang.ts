// Which language of the content modules (src/content) to show: the app's current one, re-read on a switch.
import { useTranslation } from "react-i18next";
import type { Lang } from "../../../content/learn/types";

export function useContentLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === "es" ? "es" : "en";
}
