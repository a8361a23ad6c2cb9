// The family's access log: every share made, changed or ended, and every look a clinician took.
import { useTranslation } from "react-i18next";
import { type AccessEvent, type Share, useAccessLog } from "../../api/sharing";
import { ErrorAlert } from "../../components/ErrorAlert";

const actionKeys = {
  "consent.create": "sharing.log.consentCreate",
  "consent.accept": "sharing.log.consentAccept",
  "consent.update": "sharing.log.consentUpdate",
  "consent.revoke": "sharing.log.consentRevoke",
} as const;
const readKeys = { overview: "sharing.log.readOverview", entries: "sharing.log.readEntries" } as const;

export function AccessLog({ familyId, shares }: { familyId: string; shares: Share[] }) {
  const { t } = useTranslation();
  const log = useAccessLog(familyId);
  // Names come from the shares: a clinician is named on the share they took up, a caregiver on the one they made.
  const names = new Map<string, string>();
  for (const s of shares) {
    if (s.clinician) names.set(s.clinician.id, s.clinician.name);
    if (s.grantedBy) names.set(s.grantedBy.id, s.grantedBy.name);
  }
  const who = (e: AccessEvent) => (e.actorId && names.get(e.actorId)) || t("sharing.log.someone");
  const what = (e: AccessEvent) => {
    if (e.action === "case.read") return t(readKeys[e.details?.part === "entries" ? "entries" : "overview"]);
    const key = actionKeys[e.action as keyof typeof actionKeys];
    return key ? t(key) : e.action;
  };
  return (
    <section aria-labelledby="access-log-heading" className="stack">
      <h2 id="access-log-heading">{t("sharing.log.heading")}</h2>
      <ErrorAlert error={log.error} />
      {log.data && !log.data.length ? <p>{t("sharing.log.empty")}</p> : null}
      <ol className="access-log">
        {log.data?.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time> · {who(e)} · {what(e)}
          </li>
        ))}
      </ol>
    </section>
  );
}
