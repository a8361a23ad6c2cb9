// Sleep: where, and how the baby fell asleep. Every way is a fine way; the words only describe.
import { useTranslation } from "react-i18next";
import { SelectField } from "../../../components/SelectField";
import { type DetailSpec, oneOf, Reader } from "./form";

export const sleepPlaces = [
  "crib",
  "bassinet",
  "bed",
  "arms",
  "carrier",
  "stroller",
  "car",
  "other",
] as const;
export const fellAsleepWays = ["on_own", "feeding", "rocking", "holding", "carrier", "other"] as const;

interface SleepDraft {
  where: (typeof sleepPlaces)[number] | "";
  fellAsleep: (typeof fellAsleepWays)[number] | "";
}

export const sleepSpec: DetailSpec<SleepDraft> = {
  toDraft: (d) => ({ where: oneOf(d.where, sleepPlaces), fellAsleep: oneOf(d.fellAsleep, fellAsleepWays) }),
  toDetails: (draft) =>
    new Reader<SleepDraft>().result({
      where: draft.where || undefined,
      fellAsleep: draft.fellAsleep || undefined,
    }),
  Fields({ draft, set }) {
    const { t } = useTranslation();
    const notSaid = { value: "" as const, label: t("details.notSaid") };
    return (
      <>
        <SelectField
          label={t("details.sleep.where")}
          value={draft.where}
          onChange={(where) => set({ where })}
          options={[
            notSaid,
            ...sleepPlaces.map((p) => ({ value: p, label: t(`details.sleep.places.${p}`) })),
          ]}
        />
        <SelectField
          label={t("details.sleep.fellAsleep")}
          value={draft.fellAsleep}
          onChange={(fellAsleep) => set({ fellAsleep })}
          options={[
            notSaid,
            ...fellAsleepWays.map((w) => ({ value: w, label: t(`details.sleep.ways.${w}`) })),
          ]}
        />
      </>
    );
  },
};
