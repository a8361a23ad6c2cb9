import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { clearSignOutReason, peekSignOutReason, useSetup, useSignIn } from "../api/account";
import { StatusMessage } from "../components/Alert";
import { Button } from "../components/Button";
import { EmailField } from "../components/EmailField";
import { ErrorAlert } from "../components/ErrorAlert";
import { Page } from "../components/Page";
import { CurrentPasswordField } from "../components/PasswordFields";
import { checkEmail, checkRequired } from "../forms/rules";
import { useCheckedForm } from "../forms/useCheckedForm";

export default function SignIn() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useCheckedForm<"email" | "password">();
  // Said once, right after deleting an account; a reload should not repeat it.
  const [accountDeleted] = useState(() => peekSignOutReason() === "accountDeleted");
  useEffect(() => clearSignOutReason, []);
  // Sent here by a sign-up that made no session: the address may already have an account.
  const afterSignUp = useSearchParams()[0].get("from") === "sign-up";
  // A fresh instance has no one to sign in: its first page is creating the owner's account.
  const needsOwner = useSetup().data?.needsOwner === true;

  const submit = form.onSubmit({
    busy: signIn.isPending,
    check: () => ({ email: checkEmail(email), password: checkRequired(password) }),
    // No navigation here: once /api/me knows the person, RequireSignedOut sends them on.
    send: () => signIn.mutate({ email: email.trim(), password }),
  });

  if (needsOwner) return <Navigate to="/sign-up" replace />;

  return (
    <Page title={t("signIn.title")} intro={t("signIn.intro")} className="narrow">
      <StatusMessage>
        {accountDeleted ? t("signIn.accountDeleted") : afterSignUp ? t("signIn.afterSignUp") : null}
      </StatusMessage>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={signIn.error} />
        <EmailField
          label={t("signIn.email")}
          name="email"
          value={email}
          onChange={setEmail}
          {...form.field("email")}
        />
        <CurrentPasswordField
          label={t("signIn.password")}
          name="password"
          value={password}
          onChange={setPassword}
          {...form.field("password")}
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
