// Which country's numbers: guessed from the browser's languages, changeable here, remembered on this phone.
import { useTranslation } from "react-i18next";
import { type HelpRegion, helpRegions } from "../../../content/help/emergency";
import { SelectField } from "../../components/SelectField";

export function RegionSelect({
  value,
  onChange,
}: {
  value: HelpRegion;
  onChange: (next: HelpRegion) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="crying-region">
      <SelectField
        label={t("crying.region.label")}
        value={value}
        onChange={onChange}
        options={helpRegions.map((region) => ({ value: region, label: t(`crying.region.${region}`) }))}
      />
    </div>
  );
}
