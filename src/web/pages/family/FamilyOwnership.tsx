// Handing a family over and deleting it: what an owner who is leaving (or deleting their account) needs
// first, when others still care for the baby.
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDeleteFamily, useSetPermission } from "../../api/erasure";
import type { Caregiver } from "../../api/families";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { checkRequired, type FieldProblem } from "../../forms/rules";
import { useProblemText } from "../../forms/useFieldErrors";
import "../../i18n/erasure";

/** For an owner, beside another caregiver: make them an owner too. */
export function MakeOwnerButton({ familyId, caregiver }: { familyId: string; caregiver: Caregiver }) {
  const { t } = useTranslation();
  const setPermission = useSetPermission(familyId);
  if (caregiver.permission === "owner") return null;
  return (
    <>
      <ErrorAlert error={setPermission.error} />
      <Button
        variant="quiet"
        busy={setPermission.isPending}
        onClick={() => setPermission.mutate({ userId: caregiver.userId, permission: "owner" })}
        aria-label={t("erasure.makeOwnerLabel", { name: caregiver.name })}
      >
        {t("erasure.makeOwner")}
      </Button>
    </>
  );
}

/** For an owner: delete the family for everyone, with the password, after saying what that deletes. */
export function DeleteFamilySection({ family }: { family: { id: string; name: string } }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const deleteFamily = useDeleteFamily(family.id);
  const problemText = useProblemText();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (confirming) passwordRef.current?.focus();
  }, [confirming]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (deleteFamily.isPending) return;
    const found = checkRequired(password);
    setProblem(found);
    if (found) return passwordRef.current?.focus();
    deleteFamily
      .mutateAsync(password)
      .then(() => navigate("/", { replace: true }))
      .catch(() => undefined); // shown through deleteFamily.error
  }

  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{t("erasure.deleteFamily.heading")}</h2>
      <p>{t("erasure.deleteFamily.explain", { family: family.name })}</p>
      {confirming ? (
        <form className="stack" onSubmit={submit} noValidate>
          <ErrorAlert error={deleteFamily.error} />
          <Field
            label={t("erasure.deleteFamily.password")}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={problemText(problem)}
            inputRef={passwordRef}
          />
          <div className="button-row">
            <Button
              type="submit"
              variant="danger"
              busy={deleteFamily.isPending}
              busyLabel={t("erasure.deleteFamily.confirming")}
            >
              {t("erasure.deleteFamily.confirm")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                setPassword("");
                setProblem(null);
                deleteFamily.reset();
              }}
            >
              {t("erasure.deleteFamily.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t("erasure.deleteFamily.start")}
          </Button>
        </div>
      )}
    </section>
  );
}
