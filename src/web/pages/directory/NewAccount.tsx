// The last part of an application from someone signed out: the account that will hold the listing, made
// when they send it, so a provider sees the whole form before being asked to sign up. Someone who already
// has an account signs in instead; the draft waits for them in this tab (savedDraft.ts).
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { SignInRedirectState } from "../../app/guards";
import { EmailField } from "../../components/EmailField";
import { Field } from "../../components/Field";
import { NewPasswordField } from "../../components/PasswordFields";
import { checkEmail, checkNewPassword, checkRequired, type Problems } from "../../forms/rules";
import { useProblemText } from "../../forms/useFieldErrors";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}
export type AccountField = keyof NewAccount;
export const accountFields: readonly AccountField[] = ["name", "email", "password"];

export function checkNewAccount(a: NewAccount): Problems<AccountField> {
  return { name: checkRequired(a.name), email: checkEmail(a.email), password: checkNewPassword(a.password) };
}

export function NewAccountSection({
  value,
  onChange,
  problems,
}: {
  value: NewAccount;
  onChange: (field: AccountField, value: string) => void;
  problems: Problems<AccountField>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const problemText = useProblemText();
  const signInState: SignInRedirectState = { from: "/directory/apply" };
  return (
    <section className="listing-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("directory.apply.account.title")}</h2>
      <p className="field-hint">{t("directory.apply.account.intro")}</p>
      <Field
        label={t("directory.apply.account.name")}
        hint={t("directory.apply.account.nameHint")}
        autoComplete="name"
        value={value.name}
        onChange={(v) => onChange("name", v)}
        error={problemText(problems.name)}
      />
      <EmailField
        label={t("directory.apply.account.email")}
        hint={t("directory.apply.account.emailHint")}
        value={value.email}
        onChange={(v) => onChange("email", v)}
        error={problemText(problems.email)}
      />
      <NewPasswordField
        label={t("directory.apply.account.password")}
        value={value.password}
        onChange={(v) => onChange("password", v)}
        error={problemText(problems.password)}
      />
      <p className="aside-link">
        {t("directory.apply.account.haveAccount")}{" "}
        <Link to="/sign-in" state={signInState}>
          {t("directory.apply.account.signIn")}
        </Link>
      </p>
    </section>
  );
}
