// What a caregiver chooses when they share with a clinician, whichever way the share starts (a code they
// make, or one a clinician gave them): what is shared, and for how long.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ShareScope, shareScopes } from "../../api/sharing";
import { ChipGroup } from "../../components/ChipGroup";
import { SelectField } from "../../components/SelectField";

export const shareDurations = ["30", "91", "182", "365"] as const;
export type ShareDuration = (typeof shareDurations)[number];

/** The choice's state, starting from what most families share: the log and check-in results, for six months. */
export function useShareChoices() {
  const [scopes, setScopes] = useState<ShareScope[]>(["entries", "screenings"]);
  const [days, setDays] = useState<ShareDuration>("182");
  return { scopes, setScopes, days, setDays };
}

export function ShareChoices({ choices }: { choices: ReturnType<typeof useShareChoices> }) {
  const { t } = useTranslation();
  const { scopes, setScopes, days, setDays } = choices;
  return (
    <>
      <ChipGroup
        legend={t("sharing.what")}
        hint={t("sharing.whatHint")}
        chips={shareScopes.map((s) => ({ value: s, label: t(`sharing.scopes.${s}`) }))}
        selected={scopes}
        onChange={setScopes}
      />
      {!scopes.length ? <p className="field-hint">{t("sharing.chooseOne")}</p> : null}
      <SelectField
        label={t("sharing.howLong")}
        value={days}
        options={shareDurations.map((d) => ({ value: d, label: t(`sharing.durations.${d}`) }))}
        onChange={setDays}
      />
    </>
  );
}
