// Which baby the history goes to, once the preview knows whose it is: one of the family's babies, or a new one
// made from the child the file names (its name and birth date filled in from the file, both editable).
import { useTranslation } from "react-i18next";
import type { SourceChild } from "../../api/imports";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { Field } from "../../components/Field";

export const NEW_BABY = "new";

export interface NewBabyDraft {
  name: string;
  birthDate: string;
}

export function IntoBaby({
  child,
  babies,
  into,
  onInto,
  draft,
  onDraft,
}: {
  child: SourceChild;
  babies: readonly { id: string; name: string }[];
  into: string;
  onInto: (id: string) => void;
  draft: NewBabyDraft;
  onDraft: (next: NewBabyDraft) => void;
}) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="stack">
      <ChoiceGroup
        legend={t("imports.into", { name: child.name })}
        value={into}
        choices={[
          ...babies.map((b) => ({ value: b.id, label: b.name })),
          { value: NEW_BABY, label: t("imports.newBaby", { name: child.name }) },
        ]}
        onChange={onInto}
      />
      {into === NEW_BABY ? (
        <>
          <Field
            label={t("imports.newBabyName")}
            required
            maxLength={60}
            value={draft.name}
            onChange={(name) => onDraft({ ...draft, name })}
          />
          <Field
            label={t("imports.newBabyBorn")}
            hint={child.birthDate ? undefined : t("imports.newBabyBornHint")}
            type="date"
            required
            max={today}
            value={draft.birthDate}
            onChange={(birthDate) => onDraft({ ...draft, birthDate })}
          />
        </>
      ) : null}
    </div>
  );
}
