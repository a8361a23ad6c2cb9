// Soothing a crying spell: what helped, as many as helped. Never what "should" have.
import { useTranslation } from "react-i18next";
import { ChipGroup } from "../../../components/ChipGroup";
import { type DetailSpec, Reader, someOf } from "./form";

export const soothingHelps = [
  "holding_close",
  "skin_to_skin",
  "rocking",
  "shushing",
  "swaddling",
  "walking",
  "feeding",
  "less_stimulation",
  "singing",
  "other",
] as const;

interface SoothingDraft {
  helped: (typeof soothingHelps)[number][];
}

export const soothingSpec: DetailSpec<SoothingDraft> = {
  toDraft: (d) => ({ helped: someOf(d.helped, soothingHelps) }),
  toDetails: (draft) => new Reader<SoothingDraft>().result({ helped: draft.helped }),
  Fields({ draft, set }) {
    const { t } = useTranslation();
    return (
      <ChipGroup
        legend={t("details.soothing.helped")}
        hint={t("details.soothing.helpedHint")}
        selected={draft.helped}
        onChange={(helped) => set({ helped })}
        chips={soothingHelps.map((h) => ({ value: h, label: t(`details.soothing.helps.${h}`) }))}
      />
    );
  },
};
