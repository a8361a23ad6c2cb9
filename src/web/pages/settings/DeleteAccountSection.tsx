// Deleting is permanent, so it takes two deliberate steps and the password, and says plainly what happens.
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDeleteAccount } from "../../api/account";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { checkRequired, type FieldProblem } from "../../forms/rules";
import { useProblemText } from "../../forms/useFieldErrors";

export function DeleteAccountSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const deleteAccount = useDeleteAccount();
  const problemText = useProblemText();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) passwordRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
  }, [confirming]);

  function cancel() {
    returnFocus.current = true;
    setConfirming(false);
    setPassword("");
    setProblem(null);
    deleteAccount.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (deleteAccount.isPending) return;
    const found = checkRequired(password);
    setProblem(found);
    if (found) return passwordRef.current?.focus();
    // mutateAsync, not mutate's callbacks: this page unmounts as soon as the account is gone.
    deleteAccount
      .mutateAsync(password)
      .then(() => navigate("/sign-in", { replace: true }))
      .catch(() => undefined); // shown through deleteAccount.error
  }

  return (
    <section className="card danger-zone" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("settings.delete.heading")}</h2>
      <p>{t("settings.delete.explain")}</p>
      {confirming ? (
        <form className="stack" onSubmit={submit} noValidate>
          <ErrorAlert error={deleteAccount.error} />
          <p>{t("settings.delete.confirmIntro")}</p>
          <Field
            label={t("settings.delete.password")}
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
              busy={deleteAccount.isPending}
              busyLabel={t("settings.delete.confirming")}
            >
              {t("settings.delete.confirm")}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              {t("settings.delete.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <Button ref={startRef} variant="danger" onClick={() => setConfirming(true)}>
          {t("settings.delete.start")}
        </Button>
      )}
    </section>
  );
}
