// Someone caring for more than one family (a nanny, a grandparent of cousins): pick whose log the screens
// show. Hidden when there is one family. Takes props rather than the log context, because a family with no
// baby yet has no log context, and its page must still offer the way back to the other family.
import { useTranslation } from "react-i18next";
import type { FamilySummary } from "../../api/families";
import { SelectField } from "../../components/SelectField";
import { chooseFamily } from "../../log/familyChoice";

export function FamilySwitcher({ families, current }: { families: FamilySummary[]; current: string }) {
  const { t } = useTranslation();
  if (families.length < 2) return null;
  return (
    <div className="baby-switcher">
      <SelectField
        label={t("family.switcher")}
        value={current}
        onChange={chooseFamily}
        options={families.map((f) => ({ value: f.id, label: f.name }))}
      />
    </div>
  );
}
