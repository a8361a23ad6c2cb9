import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { clearSignOutReason, peekSignOutReason, useSetup, useSignIn } from "../api/account";
import { StatusMessage } from "../components/Alert";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { Field } from "../components/Field";
import { Page } from "../components/Page";
import { checkEmail, checkRequired, hasProblems, type Problems } from "../forms/rules";
import { focusFirstProblem, useProblemText } from "../forms/useFieldErrors";

type FieldName = "email" | "password";
const ORDER: readonly FieldName[] = ["email", "password"];

export default function SignIn() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const problemText = useProblemText();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<Problems<FieldName>>({});
  const refs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  // Said once, right after deleting an account; a reload should not repeat it.
  const [accountDeleted] = useState(() => peekSignOutReason() === "accountDeleted");
  useEffect(() => clearSignOutReason, []);
  // Sent here by a sign-up that made no session: the address may already have an account.
  const afterSignUp = useSearchParams()[0].get("from") === "sign-up";
  // A fresh instance has no one to sign in: its first page is creating the owner's account.
  const needsOwner = useSetup().data?.needsOwner === true;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signIn.isPending) return;
    const found = { email: checkEmail(email), password: checkRequired(password) };
    setProblems(found);
    if (hasProblems(found)) return focusFirstProblem(ORDER, found, refs);
    // No navigation here: once /api/me knows the person, RequireSignedOut sends them on.
    signIn.mutate({ email: email.trim(), password });
  }

  if (needsOwner) return <Navigate to="/sign-up" replace />;

  return (
    <Page title={t("signIn.title")} intro={t("signIn.intro")} className="narrow">
      <StatusMessage>
        {accountDeleted ? t("signIn.accountDeleted") : afterSignUp ? t("signIn.afterSignUp") : null}
      </StatusMessage>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={signIn.error} />
        <Field
          label={t("signIn.email")}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={problemText(problems.email)}
          inputRef={refs.email}
        />
        <Field
          label={t("signIn.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={problemText(problems.password)}
          inputRef={refs.password}
        />
        <Button type="submit" busy={signIn.isPending} busyLabel={t("signIn.submitting")}>
          {t("signIn.submit")}
        </Button>
      </form>
      <p className="aside-link">
        <Link to="/forgot-password">{t("signIn.forgot")}</Link>
      </p>
      <p className="aside-link">
        {t("signIn.noAccount")} <Link to="/sign-up">{t("signIn.createAccount")}</Link>
      </p>
    </Page>
  );
}
