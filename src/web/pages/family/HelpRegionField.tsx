// The family's country for help lines: it decides which crisis and emergency numbers every caregiver sees,
// so it sits with the other family settings. "Not set" leaves each phone to guess from its language.
import { useTranslation } from "react-i18next";
import { type HelpRegion, helpRegions } from "../../../content/help/emergency";
import { SelectField } from "../../components/SelectField";

/** "" is "not set" (a select's value must be a string); the form turns it into null for the API. */
export type RegionValue = HelpRegion | "";

export function HelpRegionField({
  value,
  onChange,
}: {
  value: RegionValue;
  onChange: (next: RegionValue) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField<RegionValue>
      label={t("settingsFamily.region")}
      hint={t("settingsFamily.regionHint")}
      value={value}
      onChange={onChange}
      options={[
        { value: "", label: t("settingsFamily.regionNotSet") },
        ...helpRegions.map((region) => ({ value: region, label: t(`settingsFamily.regions.${region}`) })),
      ]}
    />
  );
}

/** The region's name, or "Not set", for caregivers who see the settings without changing them. */
export function useRegionName(region: string | null | undefined): string {
  const { t } = useTranslation();
  const known = helpRegions.find((r) => r === region);
  return known ? t(`settingsFamily.regions.${known}`) : t("settingsFamily.regionNotSet");
}
