// A clinician's invitation, opened by its link or typed code: who is asking (name and email, to check against
// the person the caregiver knows), then the same choices as any share. Nothing is shared until they press it.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useAcceptInvitation, useInvitation } from "../../api/invitations";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { SelectField } from "../../components/SelectField";
import { useLogContext } from "../../log/LogContext";
import { ShareChoices, useShareChoices } from "./ShareChoices";
import "../../i18n/sharing";
import "../../i18n/invitations";
import "../../styles/sharing.css";

export default function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { code = "" } = useParams();
  const { family, families } = useLogContext();
  const asker = useInvitation(code);
  const accept = useAcceptInvitation(code);
  const choices = useShareChoices();
  const [familyId, setFamilyId] = useState(family.id);
  const name = asker.data?.clinician.name ?? "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choices.scopes.length)
      accept.mutate({ familyId, scopes: choices.scopes, days: Number(choices.days) });
  };
  return (
    <Page title={t("invitations.page.title")} className="sharing-page">
      <ErrorAlert error={asker.error} />
      {asker.isPending ? <p>{t("invitations.page.loading")}</p> : null}
      {accept.data ? (
        <StatusMessage>
          <span>{t("invitations.page.done", { name })}</span>{" "}
          <Link to="/family/sharing">{t("invitations.page.toSharing")}</Link>
        </StatusMessage>
      ) : asker.data ? (
        <section aria-labelledby="invitation-heading" className="stack card">
          <h2 id="invitation-heading">
            {t("invitations.page.asks", { name, email: asker.data.clinician.email })}
          </h2>
          <p className={asker.data.clinician.emailVerified ? "email-verified" : "field-hint"}>
            {asker.data.clinician.emailVerified ? (
              <>
                <span aria-hidden="true">✓ </span>
                {t("invitations.page.verified")}
              </>
            ) : (
              t("invitations.page.notVerified")
            )}
          </p>
          <p>{t("invitations.page.check")}</p>
          <p className="field-hint">
            {t("invitations.page.useBy", {
              date: new Date(asker.data.useBy).toLocaleDateString(i18n.language),
            })}
          </p>
          <form onSubmit={submit} className="stack">
            {families.length > 1 ? (
              <SelectField
                label={t("invitations.page.family")}
                value={familyId}
                options={families.map((f) => ({ value: f.id, label: f.name }))}
                onChange={setFamilyId}
              />
            ) : null}
            <ShareChoices choices={choices} />
            <ErrorAlert error={accept.error} />
            <Button type="submit" busy={accept.isPending} disabled={!choices.scopes.length}>
              {t("invitations.page.submit", { name })}
            </Button>
          </form>
        </section>
      ) : null}
      <p>
        <Link to="/family/sharing">{t("invitations.page.back")}</Link>
      </p>
    </Page>
  );
}
