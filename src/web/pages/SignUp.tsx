import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type SignUpInput, useSetup, useSignUp } from "../api/account";
import { Button } from "../components/Button";
import { ChoiceGroup } from "../components/ChoiceGroup";
import { ErrorAlert } from "../components/ErrorAlert";
import { Field } from "../components/Field";
import { Page } from "../components/Page";
import {
  checkEmail,
  checkNewPassword,
  checkRequired,
  hasProblems,
  PASSWORD_MIN_LENGTH,
  type Problems,
} from "../forms/rules";
import { focusFirstProblem, useProblemText } from "../forms/useFieldErrors";
import { currentLocale } from "../i18n";
import { currentThemeChoice } from "../theme/theme";

type FieldName = "name" | "email" | "password";
const ORDER: readonly FieldName[] = ["name", "email", "password"];

export default function SignUp() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const needsOwner = useSetup().data?.needsOwner === true;
  const problemText = useProblemText();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<SignUpInput["role"]>("caregiver");
  const [problems, setProblems] = useState<Problems<FieldName>>({});
  const refs = {
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signUp.isPending) return;
    const found = {
      name: checkRequired(name),
      email: checkEmail(email),
      password: checkNewPassword(password),
    };
    setProblems(found);
    if (hasProblems(found)) return focusFirstProblem(ORDER, found, refs);
    signUp.mutate(
      {
        input: { name: name.trim(), email: email.trim(), password, role },
        devicePreferences: { locale: currentLocale(), theme: currentThemeChoice() },
      },
      // No session: the address may already have an account (the server does not say, and mails its owner
      // instead); sign-in explains what to do.
      { onSuccess: (me) => navigate(me ? "/" : "/sign-in?from=sign-up", { replace: true }) },
    );
  }

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
          error={problemText(problems.name)}
          inputRef={refs.name}
        />
        <Field
          label={t("signUp.email")}
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
          label={t("signUp.password")}
          hint={t("form.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          type="password"
          name="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          value={password}
          onChange={setPassword}
          error={problemText(problems.password)}
          inputRef={refs.password}
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
