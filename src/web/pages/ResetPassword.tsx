// The page a mailed reset link opens (/reset-password?token=…): choose a new password. The token works once,
// for an hour; saving it ends every session the account had, so this page then asks to sign in again.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useResetPassword } from "../api/password";
import { StatusMessage } from "../components/Alert";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { Page } from "../components/Page";
import { NewPasswordField } from "../components/PasswordFields";
import { checkNewPassword } from "../forms/rules";
import { useCheckedForm } from "../forms/useCheckedForm";

export default function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // better-auth's own redirect adds ?error=INVALID_TOKEN for a link that has expired or was used.
  const token = params.get("error") ? "" : (params.get("token") ?? "");
  const reset = useResetPassword();
  const [password, setPassword] = useState("");
  const form = useCheckedForm<"password">();

  const submit = form.onSubmit({
    busy: reset.isPending,
    check: () => ({ password: checkNewPassword(password) }),
    send: () => reset.mutate({ token, newPassword: password }),
  });

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
          <NewPasswordField
            label={t("resetPassword.password")}
            name="password"
            value={password}
            onChange={setPassword}
            {...form.field("password")}
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
