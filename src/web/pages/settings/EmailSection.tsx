// The account's address and whether it is verified: clinicians and directory providers need a verified one
// before they can invite families or be listed, so an unverified account can ask for the link again here.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useResendVerification } from "../../api/password";
import type { User } from "../../api/types";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";

export function EmailSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const headingId = useId();
  const resend = useResendVerification();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("settings.email.heading")}</h2>
      <p>
        {user.email}
        {" · "}
        {user.emailVerified ? t("settings.email.verified") : t("settings.email.notVerified")}
      </p>
      {user.emailVerified ? null : (
        <>
          <p className="field-hint">{t("settings.email.why")}</p>
          <ErrorAlert error={resend.error} />
          <StatusMessage>{resend.isSuccess ? t("settings.email.sent") : null}</StatusMessage>
          <Button
            variant="secondary"
            busy={resend.isPending}
            busyLabel={t("settings.email.sending")}
            onClick={() => resend.mutate(user.email)}
          >
            {t("settings.email.resend")}
          </Button>
        </>
      )}
    </section>
  );
}
