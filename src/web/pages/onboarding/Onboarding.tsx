// First visit with no family yet: who you are to the baby, then the baby — or join with an invite code.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import {
  type NewBaby,
  type Relationship,
  relationships,
  type Sex,
  useAcceptInvite,
  useStartFamily,
} from "../../api/families";
import { Button } from "../../components/Button";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { Field } from "../../components/Field";
import { Page } from "../../components/Page";
import { ImportFamilyStep } from "../family/FamilyData";
import { BabyBasicsFields } from "../log/BabyBasicsFields";
import { StepForm } from "./StepForm";
import "../../i18n/imports";

type Step = "family" | "baby" | "invite" | "import";

export default function Onboarding() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>("family");
  const [familyName, setFamilyName] = useState("");
  const [relationship, setRelationship] = useState<Relationship>("parent");

  if (step === "invite") return <JoinWithCode onBack={() => setStep("family")} />;
  if (step === "import") return <ImportFamilyStep onBack={() => setStep("family")} />;
  if (step === "baby")
    return <BabyStep family={{ name: familyName.trim(), relationship }} onBack={() => setStep("family")} />;

  return (
    <Page title={t("onboarding.title")} intro={t("onboarding.intro")} className="narrow">
      <FamilyStep
        name={familyName}
        setName={setFamilyName}
        relationship={relationship}
        setRelationship={setRelationship}
        onNext={() => setStep("baby")}
      />
      <p className="aside-link">
        {t("onboarding.haveCode")}{" "}
        <Button variant="quiet" onClick={() => setStep("invite")}>
          {t("onboarding.useCode")}
        </Button>
      </p>
      <p className="aside-link">
        {t("familyData.moving")}{" "}
        <Button variant="quiet" onClick={() => setStep("import")}>
          {t("familyData.bringHere")}
        </Button>
      </p>
    </Page>
  );
}

function FamilyStep(props: {
  name: string;
  setName: (v: string) => void;
  relationship: Relationship;
  setRelationship: (v: Relationship) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (props.name.trim() === "") return setError(t("form.required"));
    props.onNext();
  }
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field
        label={t("onboarding.familyName")}
        hint={t("onboarding.familyNameHint")}
        value={props.name}
        onChange={(value) => {
          props.setName(value);
          // The message goes as soon as it no longer applies, not at the next tap of Next.
          if (value.trim()) setError(null);
        }}
        error={error}
        autoComplete="off"
      />
      <ChoiceGroup
        legend={t("onboarding.relationship")}
        value={props.relationship}
        onChange={props.setRelationship}
        inline
        choices={relationships.map((r) => ({ value: r, label: t(`relationship.${r}`) }))}
      />
      <Button type="submit">{t("onboarding.next")}</Button>
    </form>
  );
}

function BabyStep({
  family,
  onBack,
}: {
  family: { name: string; relationship: Relationship };
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const start = useStartFamily();
  const [name, setName] = useState("");
  const [born, setBorn] = useState<"born" | "expected">("born");
  const [date, setDate] = useState("");
  const [early, setEarly] = useState<"no" | "yes">("no");
  const [weeks, setWeeks] = useState("");
  const [sex, setSex] = useState<Sex | "unsaid">("unsaid");
  const [problems, setProblems] = useState<{ name?: string; date?: string; weeks?: string }>({});
  // A parent moving from another tracker goes on to bring that history in, once the baby exists to hold it.
  const [bringHistory, setBringHistory] = useState(false);
  const navigate = useNavigate();
  // A field's message goes as soon as it is filled in, rather than staying red until the next submit.
  const clearing =
    <T,>(set: (v: T) => void, field: "name" | "date" | "weeks") =>
    (value: T) => {
      set(value);
      setProblems((p) => (p[field] ? { ...p, [field]: undefined } : p));
    };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (start.isPending) return;
    const weeksNumber = Number(weeks);
    const found = {
      name: name.trim() === "" ? t("form.required") : undefined,
      date: date === "" ? t("form.required") : undefined,
      weeks:
        born === "born" &&
        early === "yes" &&
        !(Number.isInteger(weeksNumber) && weeksNumber >= 22 && weeksNumber <= 44)
          ? t("onboarding.weeksRange")
          : undefined,
    };
    setProblems(found);
    if (found.name || found.date || found.weeks) return;
    const baby: NewBaby = { name: name.trim() };
    if (born === "born") baby.birthDate = date;
    else baby.dueDate = date;
    if (born === "born" && early === "yes") baby.gestationalWeeks = weeksNumber;
    if (sex !== "unsaid") baby.sex = sex;
    start.mutate(
      { family, baby },
      { onSuccess: () => (bringHistory ? navigate("/family/import") : undefined) },
    );
  }

  return (
    <StepForm
      title={t("onboarding.babyTitle")}
      intro={t("onboarding.babyIntro")}
      onSubmit={submit}
      error={start.error}
      action={{ label: t("onboarding.finish"), busy: start.isPending, busyLabel: t("onboarding.saving") }}
      onBack={onBack}
    >
      <BabyBasicsFields
        {...{ name, born, setBorn, date, problems }}
        setName={clearing(setName, "name")}
        setDate={clearing(setDate, "date")}
      />
      {born === "born" ? (
        <ChoiceGroup
          legend={t("onboarding.earlyLegend")}
          value={early}
          onChange={setEarly}
          inline
          choices={[
            { value: "no", label: t("onboarding.no") },
            { value: "yes", label: t("onboarding.yes") },
          ]}
        />
      ) : null}
      {born === "born" && early === "yes" ? (
        <Field
          label={t("onboarding.weeks")}
          hint={t("onboarding.weeksHint")}
          type="number"
          inputMode="numeric"
          min={22}
          max={44}
          value={weeks}
          onChange={clearing(setWeeks, "weeks")}
          error={problems.weeks}
        />
      ) : null}
      <ChoiceGroup
        legend={t("onboarding.sexLegend")}
        value={sex}
        onChange={setSex}
        inline
        choices={[
          { value: "female", label: t("onboarding.female") },
          { value: "male", label: t("onboarding.male") },
          { value: "intersex", label: t("onboarding.intersex") },
          { value: "unsaid", label: t("onboarding.unsaid") },
        ]}
      />
      <label className="choice">
        <input type="checkbox" checked={bringHistory} onChange={(e) => setBringHistory(e.target.checked)} />
        <span>{t("imports.onboarding")}</span>
      </label>
    </StepForm>
  );
}

function JoinWithCode({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const accept = useAcceptInvite();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (accept.isPending) return;
    if (code.trim() === "") return setError(t("form.required"));
    setError(null);
    accept.mutate(code);
  }
  return (
    <StepForm
      title={t("onboarding.joinTitle")}
      intro={t("onboarding.joinIntro")}
      onSubmit={submit}
      error={accept.error}
      action={{ label: t("onboarding.join"), busy: accept.isPending, busyLabel: t("onboarding.joining") }}
      onBack={onBack}
    >
      <Field
        label={t("onboarding.code")}
        value={code}
        onChange={setCode}
        error={error}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
      />
    </StepForm>
  );
}
