// The units a Baby Buddy was used with: it stores bare numbers (120, 4.2), so only the family knows whether
// that was millilitres or ounces, kilograms or pounds. Lengths follow the weight (kg with cm, lb with in).
import { useTranslation } from "react-i18next";
import type { BabyBuddyUnits } from "../../api/imports";
import { ChoiceGroup } from "../../components/ChoiceGroup";

export function UnitChoices({
  value,
  onChange,
}: {
  value: BabyBuddyUnits;
  onChange: (next: BabyBuddyUnits) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceGroup
        inline
        legend={t("imports.units.volume")}
        hint={t("imports.units.hint")}
        value={value.volumeUnit}
        choices={[
          { value: "ml", label: t("imports.units.ml") },
          { value: "oz", label: t("imports.units.oz") },
        ]}
        onChange={(volumeUnit) => onChange({ ...value, volumeUnit })}
      />
      <ChoiceGroup
        inline
        legend={t("imports.units.weight")}
        value={value.weightUnit}
        choices={[
          { value: "kg", label: t("imports.units.kg") },
          { value: "lb", label: t("imports.units.lb") },
        ]}
        onChange={(weightUnit) =>
          onChange({ ...value, weightUnit, lengthUnit: weightUnit === "kg" ? "cm" : "in" })
        }
      />
    </>
  );
}
