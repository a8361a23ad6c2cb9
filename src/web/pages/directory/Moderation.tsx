// The moderators' queue: new applications and credential changes, oldest first, with each listing's
// facts, owner and credentials; approve, ask for changes or decline with a reason; record credential checks.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ListingStatus } from "../../../domain/directory/listing";
import { useMe } from "../../api/account";
import { type ModeratorListing, useModerate, useModerationQueue } from "../../api/directory";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { Page } from "../../components/Page";
import { SelectField } from "../../components/SelectField";
import { useDirectoryWords } from "./labels";
import "../../i18n/directory";
import "../../styles/directory.css";

const statuses: ListingStatus[] = ["pending", "changes_requested", "rejected", "approved"];

export default function Moderation() {
  const { t } = useTranslation();
  const me = useMe().data;
  const allowed = Boolean(me && (me.user.role === "moderator" || me.user.isAdmin));
  const [status, setStatus] = useState<ListingStatus>("pending");
  const queue = useModerationQueue(status, allowed);
  // Said at the page, not on the item: a decided listing leaves the queue it was in.
  const [done, setDone] = useState<string | null>(null);
  if (!allowed)
    return <Page title={t("directory.moderation.title")} intro={t("directory.moderation.notAllowed")} />;
  return (
    <Page
      title={t("directory.moderation.title")}
      intro={t("directory.moderation.intro")}
      className="directory-page"
    >
      <SelectField
        label={t("directory.moderation.queue")}
        value={status}
        onChange={setStatus}
        options={statuses.map((s) => ({ value: s, label: t(`directory.moderation.status.${s}`) }))}
      />
      <StatusMessage>{done ? t("directory.moderation.decided", { name: done }) : null}</StatusMessage>
      <ErrorAlert error={queue.error} />
      {queue.data?.length === 0 ? <p>{t("directory.moderation.empty")}</p> : null}
      <ul className="provider-list">
        {queue.data?.map((l) => (
          <QueueItem key={l.id} listing={l} onDone={() => setDone(l.name)} />
        ))}
      </ul>
    </Page>
  );
}

function QueueItem({ listing: l, onDone }: { listing: ModeratorListing; onDone: () => void }) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const moderation = useModerate(l.id);
  const moderate = {
    ...moderation,
    mutate: (d: Parameters<typeof moderation.mutate>[0]) => moderation.mutate(d, { onSuccess: onDone }),
  };
  const [reason, setReason] = useState("");
  const [methods, setMethods] = useState<Record<string, string>>({});
  const place = l.inPerson
    ? [l.inPerson.city, l.inPerson.region, l.inPerson.country].filter(Boolean).join(", ")
    : null;
  return (
    <li className="card provider-card moderation-item">
      <h2>{l.name}</h2>
      <p className="provider-meta">
        {l.review === "credential_change"
          ? t("directory.moderation.credentialChange")
          : t("directory.moderation.new")}{" "}
        ·{" "}
        {l.owner
          ? t("directory.moderation.owner", { name: l.owner.name, email: l.owner.email })
          : t("directory.moderation.imported")}
      </p>
      <p className="provider-about">{l.about}</p>
      <p>{l.services.map((s) => w.term("service", s)).join(", ")}</p>
      {place ? <p>{t("directory.provider.inPerson", { place })}</p> : null}
      {l.telehealth.length ? (
        <p>{t("directory.provider.telehealth", { regions: l.telehealth.map(w.region).join(", ") })}</p>
      ) : null}
      <ul className="moderation-credentials">
        {l.verifications.map((c) => (
          <li key={c.type}>
            <strong>{w.term("credential", c.type)}</strong>
            {c.detail ? ` (${c.detail})` : ""}
            {c.verified ? (
              <span>
                {" "}
                ·{" "}
                {t("directory.moderation.verifiedBy", {
                  date: w.day(c.verified.at),
                  method: c.verified.method,
                })}
              </span>
            ) : (
              <div className="moderation-verify">
                <Field
                  label={t("directory.moderation.method", { credential: w.term("credential", c.type) })}
                  value={methods[c.type] ?? ""}
                  onChange={(v) => setMethods((m) => ({ ...m, [c.type]: v }))}
                />
                <Button
                  variant="secondary"
                  onClick={() =>
                    moderate.mutate({ kind: "verify", credential: c.type, method: methods[c.type] ?? "" })
                  }
                >
                  {t("directory.moderation.verify")}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {l.pendingCredentials ? (
        <p>
          {t("directory.moderation.proposed", {
            list: l.pendingCredentials.map((c) => w.term("credential", c.type)).join(", "),
          })}
        </p>
      ) : null}
      <Field label={t("directory.moderation.reason")} value={reason} onChange={setReason} maxLength={2000} />
      <ErrorAlert error={moderate.error} />
      {moderate.isSuccess ? <StatusMessage>{t("directory.moderation.done")}</StatusMessage> : null}
      <div className="directory-actions">
        {l.review === "credential_change" ? (
          <>
            <Button onClick={() => moderate.mutate({ kind: "credentials-approve" })}>
              {t("directory.moderation.acceptCredentials")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => moderate.mutate({ kind: "credentials-reject", reason })}
            >
              {t("directory.moderation.rejectCredentials")}
            </Button>
          </>
        ) : l.status === "approved" ? null : (
          <>
            {l.status === "pending" ? (
              <Button onClick={() => moderate.mutate({ kind: "approve" })}>
                {t("directory.moderation.approve")}
              </Button>
            ) : null}
            {l.status === "pending" ? (
              <Button
                variant="secondary"
                onClick={() => moderate.mutate({ kind: "request-changes", reason })}
              >
                {t("directory.moderation.requestChanges")}
              </Button>
            ) : null}
            {l.status !== "rejected" ? (
              <Button variant="danger" onClick={() => moderate.mutate({ kind: "reject", reason })}>
                {t("directory.moderation.reject")}
              </Button>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
}
