// The family's own kinds of care: a short label. The family's saved labels are offered as suggestions,
// so "Tummy oil" is spelt the same way by everyone and the week can count it.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../../components/Field";
import { useLogContext } from "../../../log/LogContext";
import { useDraftText } from "./draftText";
import { type DetailSpec, Reader, readText } from "./form";

interface CustomDraft {
  label: string;
}

export const customSpec: DetailSpec<CustomDraft> = {
  toDraft: (d) => ({ label: typeof d.label === "string" ? d.label : "" }),
  toDetails(draft) {
    const read = new Reader<CustomDraft>();
    const label = read.take("label", readText(draft.label, 60));
    if (!label && !read.problems.label) read.fail("label", { key: "label" });
    return read.result({ label });
  },
  Fields(props) {
    const { t } = useTranslation();
    const text = useDraftText(props);
    const listId = useId();
    const known = useLogContext().family.customTypes ?? [];
    return (
      <>
        <Field
          label={t("details.custom.label")}
          hint={t("details.custom.labelHint")}
          autoComplete="off"
          list={known.length ? listId : undefined}
          {...text("label", 60)}
        />
        {known.length ? (
          <datalist id={listId}>
            {known.map((label) => (
              <option key={label} value={label} />
            ))}
          </datalist>
        ) : null}
      </>
    );
  },
};
