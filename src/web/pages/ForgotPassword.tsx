// "Forgot your password?": one field, then the same words whatever the address, since the server answers
// alike for every address and must not be made to say which have accounts.
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRequestPasswordReset } from "../api/password";
import { StatusMessage } from "../components/Alert";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { Field } from "../components/Field";
import { Page } from "../components/Page";
import { checkEmail, type FieldProblem } from "../forms/rules";
import { useProblemText } from "../forms/useFieldErrors";

export default function ForgotPassword() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const problemText = useProblemText();
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (request.isPending) return;
    const found = checkEmail(email);
    setProblem(found);
    if (found) return emailRef.current?.focus();
    request.mutate(email.trim());
  }

  return (
    <Page title={t("forgotPassword.title")} intro={t("forgotPassword.intro")} className="narrow">
      <StatusMessage>
        {request.isSuccess ? t("forgotPassword.sent", { email: request.variables }) : null}
      </StatusMessage>
      {request.isSuccess ? <p className="field-hint">{t("forgotPassword.mailOff")}</p> : null}
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={request.error} />
        <Field
          label={t("forgotPassword.email")}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={problemText(problem)}
          inputRef={emailRef}
        />
        <Button type="submit" busy={request.isPending} busyLabel={t("forgotPassword.submitting")}>
          {t("forgotPassword.submit")}
        </Button>
      </form>
      <p className="aside-link">
        <Link to="/sign-in">{t("forgotPassword.back")}</Link>
      </p>
    </Page>
  );
}
