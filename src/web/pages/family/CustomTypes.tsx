// The family's own kinds of care ("tummy oil", "pram nap at Gran's"). They appear under More on every
// caregiver's Today, so an owner keeps the list; everyone else sees it.
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Family, useUpdateFamily } from "../../api/families";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";

const MAX_TYPES = 20;

export function CustomTypes({ family, isOwner }: { family: Family; isOwner: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const update = useUpdateFamily(family.id);
  const [label, setLabel] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const types = family.customTypes ?? [];

  function save(next: string[], message: string) {
    setStatus(null);
    update.mutate({ customTypes: next }, { onSuccess: () => setStatus(message) });
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const name = label.trim();
    if (!name) return setProblem(t("form.required"));
    if (types.some((type) => type.toLowerCase() === name.toLowerCase()))
      return setProblem(t("settingsFamily.customDuplicate"));
    if (types.length >= MAX_TYPES) return setProblem(t("settingsFamily.customFull", { max: MAX_TYPES }));
    setProblem(null);
    setLabel("");
    save([...types, name], t("settingsFamily.customAdded", { name }));
  }

  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{t("settingsFamily.customHeading")}</h2>
      <p className="field-hint">{t("settingsFamily.customHint")}</p>
      <ErrorAlert error={update.error} />
      {types.length ? (
        <ul className="card-list">
          {types.map((type) => (
            <li key={type} className="card custom-type">
              <span>{type}</span>
              {isOwner ? (
                <Button
                  variant="secondary"
                  aria-label={t("settingsFamily.customRemove", { name: type })}
                  onClick={() =>
                    save(
                      types.filter((other) => other !== type),
                      t("settingsFamily.customRemoved", { name: type }),
                    )
                  }
                >
                  {t("settingsFamily.remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("settingsFamily.customNone")}</p>
      )}
      {isOwner ? (
        <form className="stack" onSubmit={add} noValidate>
          <Field
            label={t("settingsFamily.customLabel")}
            value={label}
            onChange={setLabel}
            maxLength={60}
            autoComplete="off"
            error={problem}
          />
          <Button type="submit" variant="secondary" busy={update.isPending}>
            {t("settingsFamily.customAdd")}
          </Button>
        </form>
      ) : null}
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
