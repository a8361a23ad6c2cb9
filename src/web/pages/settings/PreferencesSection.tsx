// Each choice applies and saves the moment it is made: there is no "Save" to forget at 3 a.m.
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type PreferencesPatch, useUpdatePreferences } from "../../api/preferences";
import type { Preferences } from "../../api/types";
import { StatusMessage } from "../../components/Alert";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/SelectField";
import { HelpRegionPreference } from "./HelpRegionPreference";

export function PreferencesSection({ preferences: saved }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const headingId = useId();
  const update = useUpdatePreferences();
  const [savedCount, setSavedCount] = useState(0);
  // Local copy so a tapped choice shows as chosen in the same frame, before the save round trip;
  // it follows the account whenever the saved values change (here, on another device, or after an error).
  const [preferences, setPreferences] = useState(saved);
  useEffect(() => setPreferences(saved), [saved]);

  const save = (patch: PreferencesPatch) => {
    setPreferences((current) => ({ ...current, ...patch }));
    update.mutate(patch, { onSuccess: () => setSavedCount((count) => count + 1) });
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("settings.preferences.heading")}</h2>
      <p>{t("settings.preferences.intro")}</p>
      <SelectField
        label={t("settings.preferences.language")}
        value={preferences.locale}
        onChange={(locale) => save({ locale })}
        options={[
          { value: "en", label: "English", lang: "en" },
          { value: "es", label: "Español", lang: "es" },
        ]}
      />
      <ChoiceGroup
        inline
        legend={t("settings.preferences.volume")}
        value={preferences.volumeUnit}
        onChange={(volumeUnit) => save({ volumeUnit })}
        choices={[
          { value: "ml", label: t("settings.preferences.volumeMl") },
          { value: "oz", label: t("settings.preferences.volumeOz") },
        ]}
      />
      <ChoiceGroup
        inline
        legend={t("settings.preferences.weight")}
        value={preferences.weightUnit}
        onChange={(weightUnit) => save({ weightUnit })}
        choices={[
          { value: "kg", label: t("settings.preferences.weightKg") },
          { value: "lb", label: t("settings.preferences.weightLb") },
        ]}
      />
      <ChoiceGroup
        inline
        legend={t("settings.preferences.clock")}
        value={preferences.clock}
        onChange={(clock) => save({ clock })}
        choices={[
          { value: "12h", label: t("settings.preferences.clock12") },
          { value: "24h", label: t("settings.preferences.clock24") },
        ]}
      />
      <ChoiceGroup
        legend={t("settings.preferences.theme")}
        hint={t("settings.preferences.themeHint")}
        value={preferences.theme}
        onChange={(theme) => save({ theme })}
        choices={[
          { value: "system", label: t("settings.preferences.themeSystem") },
          { value: "light", label: t("settings.preferences.themeLight") },
          { value: "night", label: t("settings.preferences.themeNight") },
        ]}
      />
      <HelpRegionPreference value={preferences.region} onChange={(region) => save({ region })} />
      {update.isError ? <ErrorAlert error={update.error} /> : null}
      {/* The count makes a second "Saved." a new message, so it is announced again. */}
      <StatusMessage>
        {savedCount > 0 && !update.isError ? <span key={savedCount}>{t("settings.saved")}</span> : null}
      </StatusMessage>
    </section>
  );
}
