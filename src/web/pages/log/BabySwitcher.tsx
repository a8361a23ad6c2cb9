// Twins or siblings: pick whose log the screens show. Hidden when there is one baby.
import { useTranslation } from "react-i18next";
import { SelectField } from "../../components/SelectField";
import { useLogContext } from "../../log/LogContext";

export function BabySwitcher() {
  const { t } = useTranslation();
  const { family, baby, chooseBaby } = useLogContext();
  if (family.babies.length < 2) return null;
  return (
    <div className="baby-switcher">
      <SelectField
        label={t("log.baby")}
        value={baby.id}
        onChange={chooseBaby}
        options={family.babies.map((b) => ({ value: b.id, label: b.name }))}
      />
    </div>
  );
}
