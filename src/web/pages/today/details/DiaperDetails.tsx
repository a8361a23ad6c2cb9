// Diaper: the kind, and optionally the colour. A few colours are worth a call to the doctor, and the form
// says so plainly next to the choice (principle 2 in docs: medical red flags say "call your doctor").
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import { SelectField } from "../../../components/SelectField";
import { type DetailSpec, oneOf, Reader } from "./form";

const kinds = ["wet", "dirty", "both", "dry"] as const;
const colors = ["yellow", "green", "brown", "black", "red", "white", "other"] as const;
/**
 * Stool colours that need a doctor's view: pale or white (a sign of liver trouble, e.g. biliary atresia),
 * red (blood), black after the first few days (meconium is black and normal at first). Sources: NHS
 * "Baby poo: what's normal"; the infant stool colour card programmes (Taiwan, Canada).
 */
const adviceFor = { white: "white", red: "red", black: "black" } as const;

interface DiaperDraft {
  kind: (typeof kinds)[number];
  color: (typeof colors)[number] | "";
}

export const diaperSpec: DetailSpec<DiaperDraft> = {
  toDraft: (d) => ({ kind: oneOf(d.kind, kinds) || "wet", color: oneOf(d.color, colors) }),
  toDetails: (draft) =>
    new Reader<DiaperDraft>().result({ kind: draft.kind, color: draft.color || undefined }),
  Fields({ draft, set }) {
    const { t } = useTranslation();
    const advice = draft.color ? adviceFor[draft.color as keyof typeof adviceFor] : undefined;
    return (
      <>
        <ChoiceGroup
          inline
          legend={t("details.diaper.kind")}
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          choices={kinds.map((k) => ({ value: k, label: t(`diaper.${k}`) }))}
        />
        <SelectField
          label={t("details.diaper.color")}
          value={draft.color}
          onChange={(color) => set({ color })}
          options={[
            { value: "", label: t("details.notSaid") },
            ...colors.map((c) => ({ value: c, label: t(`details.diaper.colors.${c}`) })),
          ]}
        />
        {advice ? <p className="safety-note">{t(`details.diaper.advice.${advice}`)}</p> : null}
      </>
    );
  },
};
