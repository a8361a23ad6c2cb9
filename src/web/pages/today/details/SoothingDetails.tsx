// Soothing a crying spell: what helped, as many as helped. Never what "should" have.
import { useTranslation } from "react-i18next";
import { type SoothingMethod, soothingMethods } from "../../../../domain/entries/soothing-methods";
import { ChipGroup } from "../../../components/ChipGroup";
import { type DetailSpec, Reader, someOf } from "./form";

interface SoothingDraft {
  helped: SoothingMethod[];
}

export const soothingSpec: DetailSpec<SoothingDraft> = {
  toDraft: (d) => ({ helped: someOf(d.helped, soothingMethods) }),
  toDetails: (draft) => new Reader<SoothingDraft>().result({ helped: draft.helped }),
  Fields({ draft, set }) {
    const { t } = useTranslation();
    return (
      <ChipGroup
        legend={t("details.soothing.helped")}
        hint={t("details.soothing.helpedHint")}
        selected={draft.helped}
        onChange={(helped) => set({ helped })}
        chips={soothingMethods.map((h) => ({ value: h, label: t(`details.soothing.helps.${h}`) }))}
      />
    );
  },
};
