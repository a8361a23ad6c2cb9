import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useChangePassword } from "../../api/account";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import {
  checkNewPassword,
  checkRequired,
  hasProblems,
  PASSWORD_MIN_LENGTH,
  type Problems,
} from "../../forms/rules";
import { focusFirstProblem, useProblemText } from "../../forms/useFieldErrors";

type FieldName = "currentPassword" | "newPassword";
const ORDER: readonly FieldName[] = ["currentPassword", "newPassword"];

export function PasswordSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const changePassword = useChangePassword();
  const problemText = useProblemText();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [problems, setProblems] = useState<Problems<FieldName>>({});
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (changePassword.isPending) return;
    const found = {
      currentPassword: checkRequired(currentPassword),
      newPassword: checkNewPassword(newPassword),
    };
    setProblems(found);
    if (hasProblems(found)) return focusFirstProblem(ORDER, found, refs);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword("");
          setNewPassword("");
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("settings.password.heading")}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={changePassword.error} />
        <Field
          label={t("settings.password.current")}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={problemText(problems.currentPassword)}
          inputRef={refs.currentPassword}
        />
        <Field
          label={t("settings.password.new")}
          hint={t("form.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          value={newPassword}
          onChange={setNewPassword}
          error={problemText(problems.newPassword)}
          inputRef={refs.newPassword}
        />
        <Button type="submit" busy={changePassword.isPending} busyLabel={t("settings.password.submitting")}>
          {t("settings.password.submit")}
        </Button>
        <StatusMessage>{changePassword.isSuccess ? t("settings.password.changed") : null}</StatusMessage>
      </form>
    </section>
  );
}
