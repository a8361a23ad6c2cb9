import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useChangePassword } from "../../api/account";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { CurrentPasswordField, NewPasswordField } from "../../components/PasswordFields";
import { checkNewPassword, checkRequired } from "../../forms/rules";
import { useCheckedForm } from "../../forms/useCheckedForm";

export function PasswordSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const changePassword = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const form = useCheckedForm<"currentPassword" | "newPassword">();

  const submit = form.onSubmit({
    busy: changePassword.isPending,
    check: () => ({
      currentPassword: checkRequired(currentPassword),
      newPassword: checkNewPassword(newPassword),
    }),
    send: () =>
      changePassword.mutate(
        { currentPassword, newPassword },
        {
          onSuccess: () => {
            setCurrentPassword("");
            setNewPassword("");
          },
        },
      ),
  });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("settings.password.heading")}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorAlert error={changePassword.error} />
        <CurrentPasswordField
          label={t("settings.password.current")}
          name="currentPassword"
          value={currentPassword}
          onChange={setCurrentPassword}
          {...form.field("currentPassword")}
        />
        <NewPasswordField
          label={t("settings.password.new")}
          name="newPassword"
          value={newPassword}
          onChange={setNewPassword}
          {...form.field("newPassword")}
        />
        <Button type="submit" busy={changePassword.isPending} busyLabel={t("settings.password.submitting")}>
          {t("settings.password.submit")}
        </Button>
        <StatusMessage>{changePassword.isSuccess ? t("settings.password.changed") : null}</StatusMessage>
      </form>
    </section>
  );
}
