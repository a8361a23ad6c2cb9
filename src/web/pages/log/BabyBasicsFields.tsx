// The fields every new baby needs: a name, and born (birth date) or expected (due date). Shared by
// onboarding and the family page's "add a baby", so both ask the same way.
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { Field } from "../../components/Field";

export type BirthStatus = "born" | "expected";

export interface BabyBasics {
  name: string;
  setName: (value: string) => void;
  born: BirthStatus;
  setBorn: (value: BirthStatus) => void;
  date: string;
  setDate: (value: string) => void;
  problems: { name?: string; date?: string };
}

export function BabyBasicsFields({ name, setName, born, setBorn, date, setDate, problems }: BabyBasics) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t("onboarding.babyName")}
        value={name}
        onChange={setName}
        error={problems.name}
        autoComplete="off"
      />
      <ChoiceGroup
        legend={t("onboarding.bornLegend")}
        value={born}
        onChange={setBorn}
        inline
        choices={[
          { value: "born", label: t("onboarding.born") },
          { value: "expected", label: t("onboarding.expecting") },
        ]}
      />
      <Field
        label={born === "born" ? t("onboarding.birthDate") : t("onboarding.dueDate")}
        type="date"
        value={date}
        onChange={setDate}
        error={problems.date}
      />
    </>
  );
}
