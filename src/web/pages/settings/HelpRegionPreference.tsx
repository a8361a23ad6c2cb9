// The person's own region for help lines: which crisis and emergency numbers they see on every screen. A
// parent may live apart from the family's country, and someone with no family yet (pregnant, or a
// clinician) has nothing else to go by. "" follows the family's region, else this device's guess.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { HelpRegion } from "../../../domain/region";
import { SelectField } from "../../components/SelectField";
import { helpRegions } from "../../help/lines";
import { useChosenFamily } from "../../log/familyChoice";
import { initialRegion, isHelpRegion } from "../crying/region";
import "../../i18n/wellbeing";

type RegionValue = HelpRegion | "";

export function HelpRegionPreference({
  value,
  onChange,
}: {
  value: HelpRegion | null;
  onChange: (region: HelpRegion | null) => void;
}) {
  const { t } = useTranslation();
  const familyRegion = useChosenFamily().summary?.region;
  const [deviceGuess] = useState(initialRegion);
  const followName = isHelpRegion(familyRegion)
    ? t("settings.preferences.regionFollowFamily", { region: t(`help.region.${familyRegion}`) })
    : t("settings.preferences.regionFollowDevice", { region: t(`help.region.${deviceGuess}`) });
  return (
    <SelectField<RegionValue>
      label={t("settings.preferences.region")}
      hint={t("settings.preferences.regionHint")}
      value={value ?? ""}
      onChange={(next) => onChange(next === "" ? null : next)}
      options={[
        { value: "", label: followName },
        ...helpRegions.map((region) => ({ value: region, label: t(`help.region.${region}`) })),
      ]}
    />
  );
}
