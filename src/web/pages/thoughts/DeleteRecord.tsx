// Deleting a record asks first, in place, with the calm choice ("Keep it") focused.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDeleteThoughtRecord } from "../../api/thoughtRecords";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";

export function DeleteRecord({ id, label, onDeleted }: { id: string; label: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteThoughtRecord();
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
  if (!confirming)
    return (
      <Button variant="secondary" aria-label={label} onClick={() => setConfirming(true)}>
        {t("thoughts.delete")}
      </Button>
    );
  return (
    <fieldset className="stack thought-confirm">
      <legend>{t("thoughts.deleteConfirm")}</legend>
      <ErrorAlert error={remove.error} />
      <div className="thought-actions">
        <Button
          variant="danger"
          busy={remove.isPending}
          busyLabel={t("thoughts.deleting")}
          onClick={() => remove.mutate(id, { onSuccess: onDeleted })}
        >
          {t("thoughts.deleteYes")}
        </Button>
        <Button ref={keepRef} variant="secondary" onClick={() => setConfirming(false)}>
          {t("thoughts.keep")}
        </Button>
      </div>
    </fieldset>
  );
}
