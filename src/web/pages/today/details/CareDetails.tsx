// Care from outside the home: appointments (what kind, with whom) and medicines (name and dose, as written
// on the label). Free text stays free: no list of drugs, no dose advice.
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import { Field } from "../../../components/Field";
import { useDraftText } from "./draftText";
import { type DetailSpec, oneOf, Reader, readText, useProblemText } from "./form";

const appointmentKinds = ["pediatric", "perinatal", "lactation", "therapy", "other"] as const;

interface AppointmentDraft {
  kind: (typeof appointmentKinds)[number] | "";
  with: string;
}

export const appointmentSpec: DetailSpec<AppointmentDraft> = {
  toDraft: (d) => ({ kind: oneOf(d.kind, appointmentKinds), with: typeof d.with === "string" ? d.with : "" }),
  toDetails(draft) {
    const read = new Reader<AppointmentDraft>();
    if (!draft.kind) read.fail("kind", { key: "appointmentKind" });
    return read.result({ kind: draft.kind || undefined, with: read.take("with", readText(draft.with, 120)) });
  },
  Fields(props) {
    const { draft, set, problems } = props;
    const { t } = useTranslation();
    const problem = useProblemText();
    const text = useDraftText(props);
    const kindProblem = problem(problems.kind);
    return (
      <>
        <ChoiceGroup
          legend={t("details.appointment.kind")}
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          choices={appointmentKinds.map((k) => ({ value: k, label: t(`details.appointment.kinds.${k}`) }))}
        />
        {kindProblem ? <p className="field-error">{kindProblem}</p> : null}
        <Field
          label={t("details.appointment.with")}
          hint={t("details.appointment.withHint")}
          {...text("with", 120)}
        />
      </>
    );
  },
};

interface MedicationDraft {
  name: string;
  dose: string;
}

export const medicationSpec: DetailSpec<MedicationDraft> = {
  toDraft: (d) => ({
    name: typeof d.name === "string" ? d.name : "",
    dose: typeof d.dose === "string" ? d.dose : "",
  }),
  toDetails(draft) {
    const read = new Reader<MedicationDraft>();
    const name = read.take("name", readText(draft.name, 120));
    if (!name && !read.problems.name) read.fail("name", { key: "medicineName" });
    return read.result({ name, dose: read.take("dose", readText(draft.dose, 60)) });
  },
  Fields(props) {
    const { t } = useTranslation();
    const text = useDraftText(props);
    return (
      <>
        <Field label={t("details.medication.name")} autoComplete="off" {...text("name", 120)} />
        <Field
          label={t("details.medication.dose")}
          hint={t("details.medication.doseHint")}
          autoComplete="off"
          {...text("dose", 60)}
        />
      </>
    );
  },
};
