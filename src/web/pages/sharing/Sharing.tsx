// Sharing the family with a clinician: the family decides what, for how long, and can change or end it at
// any moment; every share and every look a clinician takes is listed here.
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useCreateShare, useShares } from "../../api/sharing";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { useLogContext } from "../../log/LogContext";
import { AccessLog } from "./AccessLog";
import { EnterInvitation } from "./EnterInvitation";
import { ShareCard } from "./ShareCard";
import { ShareChoices, useShareChoices } from "./ShareChoices";
import "../../i18n/sharing";
import "../../styles/sharing.css";

export default function SharingPage() {
  const { t } = useTranslation();
  const { family } = useLogContext();
  const shares = useShares(family.id);
  const current = shares.data?.filter((s) => s.state === "waiting" || s.state === "active") ?? [];
  const past = shares.data?.filter((s) => s.state !== "waiting" && s.state !== "active") ?? [];
  return (
    <Page title={t("sharing.title")} intro={t("sharing.intro")} className="sharing-page">
      <NewShare familyId={family.id} />
      <EnterInvitation />
      <section aria-labelledby="shares-heading" className="stack">
        <h2 id="shares-heading">{t("sharing.current")}</h2>
        <ErrorAlert error={shares.error} />
        {shares.data && !current.length ? <p>{t("sharing.none")}</p> : null}
        <ul className="share-list">
          {current.map((s) => (
            <ShareCard key={s.id} share={s} />
          ))}
        </ul>
      </section>
      {past.length ? (
        <details className="share-past">
          <summary>{t("sharing.past", { count: past.length })}</summary>
          <ul className="share-list">
            {past.map((s) => (
              <ShareCard key={s.id} share={s} />
            ))}
          </ul>
        </details>
      ) : null}
      <AccessLog familyId={family.id} shares={shares.data ?? []} />
    </Page>
  );
}

function NewShare({ familyId }: { familyId: string }) {
  const { t, i18n } = useTranslation();
  const create = useCreateShare();
  const choices = useShareChoices();
  const { scopes, days } = choices;
  const made = create.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (scopes.length) create.mutate({ familyId, scopes, days: Number(days) });
  };
  return (
    <section aria-labelledby="new-share-heading" className="stack card">
      <h2 id="new-share-heading">{t("sharing.newHeading")}</h2>
      <form onSubmit={submit} className="stack">
        <ShareChoices choices={choices} />
        <ErrorAlert error={create.error} />
        <Button type="submit" busy={create.isPending} disabled={!scopes.length}>
          {t("sharing.create")}
        </Button>
      </form>
      {made ? (
        <StatusMessage>
          <span className="share-code-intro">{t("sharing.codeIntro")}</span>
          <strong className="share-code">{made.code}</strong>
          <span>
            {t("sharing.codeHint", { date: new Date(made.acceptBy).toLocaleDateString(i18n.language) })}
          </span>
        </StatusMessage>
      ) : null}
    </section>
  );
}
