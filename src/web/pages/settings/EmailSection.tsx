// The account's address and whether it is verified: clinicians and directory providers need a verified one
// before they can invite families or be listed, so an unverified account can ask for the link again here.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../../api/types";
import { ResendVerificationButton } from "../../components/ResendVerificationButton";

export function EmailSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const headingId = useId();
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
          <ResendVerificationButton email={user.email} />
        </>
      )}
    </section>
  );
}
