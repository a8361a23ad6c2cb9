// The page a mailed reset link opens (/reset-password?token=…): choose a new password. The token works once,
// for an hour; saving it ends every session the account had, so this page then asks to sign in again.
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useResetPassword } from "../api/password";
import { StatusMessage } from "../components/Alert";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { Field } from "../components/Field";
import { Page } from "../components/Page";
import { checkNewPassword, type FieldProblem, PASSWORD_MIN_LENGTH } from "../forms/rules";
import { useProblemText } from "../forms/useFieldErrors";

export default function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // better-auth's own redirect adds ?error=INVALID_TOKEN for a link that has expired or was used.
  const token = params.get("error") ? "" : (params.get("token") ?? "");
  const reset = useResetPassword();
  const problemText = useProblemText();
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reset.isPending) return;
    const found = checkNewPassword(password);
    setProblem(found);
    if (found) return passwordRef.current?.focus();
    reset.mutate({ token, newPassword: password });
  }

  if (!token)
    return (
      <Page title={t("resetPassword.title")} className="narrow">
        <p>{t("resetPassword.noToken")}</p>
        <p className="aside-link">
          <Link to="/forgot-password">{t("resetPassword.askAgain")}</Link>
        </p>
      </Page>
    );

  return (
    <Page title={t("resetPassword.title")} intro={t("resetPassword.intro")} className="narrow">
      <StatusMessage>{reset.isSuccess ? t("resetPassword.done") : null}</StatusMessage>
      {reset.isSuccess ? (
        <p className="aside-link">
          <Link to="/sign-in">{t("resetPassword.signIn")}</Link>
        </p>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <ErrorAlert error={reset.error} />
          <Field
            label={t("resetPassword.password")}
            hint={t("form.passwordHint", { min: PASSWORD_MIN_LENGTH })}
            type="password"
            name="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            value={password}
            onChange={setPassword}
            error={problemText(problem)}
            inputRef={passwordRef}
          />
          <Button type="submit" busy={reset.isPending} busyLabel={t("resetPassword.submitting")}>
            {t("resetPassword.submit")}
          </Button>
          {reset.error ? (
            <p className="aside-link">
              <Link to="/forgot-password">{t("resetPassword.askAgain")}</Link>
            </p>
          ) : null}
        </form>
      )}
    </Page>
  );
}
