// One tap to the other language, named in that language so it is found by the people who need it.
import { useTranslation } from "react-i18next";
import { useChangePreferences } from "../api/preferences";
import { currentLocale } from "../i18n";

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const changePreferences = useChangePreferences();
  const target = currentLocale() === "es" ? "en" : "es";
  return (
    <button
      type="button"
      className="button button-quiet header-control"
      lang={t("language.switchToLang")}
      onClick={() => changePreferences({ locale: target })}
    >
      {t("language.switchTo")}
    </button>
  );
}
