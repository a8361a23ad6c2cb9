// "Forgot your password?": one field, then the same words whatever the address, since the server answers
// alike for every address and must not be made to say which have accounts.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRequestPasswordReset } from "../api/password";
import { StatusMessage } from "../components/Alert";
import { Button } from "../components/Button";
import { EmailField } from "../components/EmailField";
import { ErrorAlert } from "../components/ErrorAlert";
import { Page } from "../components/Page";
import { checkEmail } from "../forms/rules";
import { useCheckedForm } from "../forms/useCheckedForm";

export default function ForgotPassword() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState("");
  const form = useCheckedForm<"email">();

  const submit = form.onSubmit({
    busy: request.isPending,
    check: () => ({ email: checkEmail(email) }),
    send: () => request.mutate(email.trim()),
  });

  return (
    <Page title={t("forgotPassword.title")} intro={t("forgotPassword.intro")} className="narrow">
      <StatusMessage>
        {request.isSuccess ? t("forgotPassword.sent", { email: request.variables }) : null}
      </StatusMessage>
      {request.isSuccess ? <p className="field-hint">{t("forgotPassword.mailOff")}</p> : null}
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={request.error} />
        <EmailField
          label={t("forgotPassword.email")}
          name="email"
          value={email}
          onChange={setEmail}
          {...form.field("email")}
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
