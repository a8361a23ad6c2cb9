// The quick switch between the light and the night theme, for when the room goes dark.
import { useTranslation } from "react-i18next";
import { useChangePreferences } from "../api/preferences";
import { useEffectiveTheme } from "../theme/useEffectiveTheme";

/** `withLabel`: the words next to the moon (in the More sheet); the header's compact button has the icon only. */
export function ThemeToggle({ withLabel = false }: { withLabel?: boolean }) {
  const { t } = useTranslation();
  const changePreferences = useChangePreferences();
  const isNight = useEffectiveTheme() === "night";
  return (
    <button
      type="button"
      className={`button button-quiet header-control${withLabel ? "" : " icon-button"}`}
      aria-pressed={isNight}
      aria-label={withLabel ? undefined : t("theme.nightToggle")}
      title={withLabel ? undefined : t("theme.nightToggle")}
      onClick={() => changePreferences({ theme: isNight ? "light" : "night" })}
    >
      <MoonIcon />
      {withLabel ? <span>{t("theme.nightToggle")}</span> : null}
    </button>
  );
}

function MoonIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24">
      <path
        d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z"
        fill="currentColor"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
