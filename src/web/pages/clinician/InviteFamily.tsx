// The clinician's side of an invitation: a code (and a link carrying it) to give a family. The family
// chooses what to share; their case appears on the caseload when they do.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCreateInvitation } from "../../api/invitations";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import "../../i18n/invitations";

export function InviteFamily() {
  const { t, i18n } = useTranslation();
  const create = useCreateInvitation();
  const [copied, setCopied] = useState(false);
  const made = create.data;
  const link = made ? `${window.location.origin}/share/${made.code}` : "";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Some browsers refuse the clipboard without a secure origin; the link is on screen to select.
      setCopied(false);
    }
  };
  return (
    <section aria-labelledby="invite-family-heading" className="card stack">
      <h3 id="invite-family-heading">{t("invitations.invite.heading")}</h3>
      <p>{t("invitations.invite.intro")}</p>
      <ErrorAlert error={create.error} />
      <Button
        type="button"
        variant="secondary"
        busy={create.isPending}
        onClick={() => {
          setCopied(false);
          create.mutate();
        }}
      >
        {made ? t("invitations.invite.another") : t("invitations.invite.make")}
      </Button>
      {made ? (
        <StatusMessage>
          <span className="share-code-intro">{t("invitations.invite.code")}</span>
          <strong className="share-code">{made.code}</strong>
          <span>
            {t("invitations.invite.useBy", { date: new Date(made.useBy).toLocaleDateString(i18n.language) })}
          </span>
          <span className="share-code-intro">{t("invitations.invite.link")}</span>
          <code className="invitation-link">{link}</code>
        </StatusMessage>
      ) : null}
      {made ? (
        <Button type="button" variant="quiet" onClick={copy}>
          {copied ? t("invitations.invite.copied") : t("invitations.invite.copy")}
        </Button>
      ) : null}
    </section>
  );
}
