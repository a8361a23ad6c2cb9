import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type SignUpInput, useSetup, useSignUp } from "../api/account";
import { Button } from "../components/Button";
import { ChoiceGroup } from "../components/ChoiceGroup";
import { EmailField } from "../components/EmailField";
import { ErrorAlert } from "../components/ErrorAlert";
import { Field } from "../components/Field";
import { Page } from "../components/Page";
import { NewPasswordField } from "../components/PasswordFields";
import { checkEmail, checkNewPassword, checkRequired } from "../forms/rules";
import { useCheckedForm } from "../forms/useCheckedForm";
import { currentLocale } from "../i18n";
import { currentThemeChoice } from "../theme/theme";

export default function SignUp() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const needsOwner = useSetup().data?.needsOwner === true;
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<SignUpInput["role"]>("caregiver");
  const form = useCheckedForm<"name" | "email" | "password">();

  const submit = form.onSubmit({
    busy: signUp.isPending,
    check: () => ({
      name: checkRequired(name),
      email: checkEmail(email),
      password: checkNewPassword(password),
    }),
    send: () =>
      signUp.mutate(
        {
          input: { name: name.trim(), email: email.trim(), password, role },
          devicePreferences: { locale: currentLocale(), theme: currentThemeChoice() },
        },
        // No session: the address may already have an account (the server does not say, and mails its owner
        // instead); sign-in explains what to do.
        { onSuccess: (me) => navigate(me ? "/" : "/sign-in?from=sign-up", { replace: true }) },
      ),
  });

  return (
    <Page title={t("signUp.title")} intro={t("signUp.intro")} className="narrow">
      {needsOwner ? <p className="note">{t("signUp.firstAccount")}</p> : null}
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={signUp.error} />
        <Field
          label={t("signUp.name")}
          hint={t("signUp.nameHint")}
          name="name"
          autoComplete="name"
          value={name}
          onChange={setName}
          {...form.field("name")}
        />
        <EmailField
          label={t("signUp.email")}
          name="email"
          value={email}
          onChange={setEmail}
          {...form.field("email")}
        />
        <NewPasswordField
          label={t("signUp.password")}
          name="password"
          value={password}
          onChange={setPassword}
          {...form.field("password")}
        />
        <ChoiceGroup
          legend={t("signUp.roleLegend")}
          value={role}
          onChange={setRole}
          choices={[
            { value: "caregiver", label: t("signUp.roleCaregiver") },
            { value: "clinician", label: t("signUp.roleClinician") },
          ]}
        />
        <Button type="submit" busy={signUp.isPending} busyLabel={t("signUp.submitting")}>
          {t("signUp.submit")}
        </Button>
      </form>
      <p className="aside-link">
        {t("signUp.haveAccount")} <Link to="/sign-in">{t("signUp.signIn")}</Link>
      </p>
    </Page>
  );
}
