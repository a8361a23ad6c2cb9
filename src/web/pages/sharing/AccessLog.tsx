// The family's access log: every share made, changed or ended, and every look a clinician took or change they
// made, said in plain words ("Dr Lee · signed a case note").
import { useTranslation } from "react-i18next";
import { type AccessEvent, type Share, useAccessLog } from "../../api/sharing";
import { ErrorAlert } from "../../components/ErrorAlert";

const actionKeys = {
  "consent.create": "sharing.log.consentCreate",
  "consent.accept": "sharing.log.consentAccept",
  "consent.update": "sharing.log.consentUpdate",
  "consent.revoke": "sharing.log.consentRevoke",
} as const;
// Each part a clinician's read is logged under (auditCaseRead on the server).
const readKeys = {
  overview: "sharing.log.read.overview",
  entries: "sharing.log.read.entries",
  formulation: "sharing.log.read.formulation",
  notes: "sharing.log.read.notes",
  observations: "sharing.log.read.observations",
  referrals: "sharing.log.read.referrals",
  assignments: "sharing.log.read.assignments",
  checkins: "sharing.log.read.checkins",
  fhir: "sharing.log.read.fhir",
  screenings: "sharing.log.read.screenings",
  thought_records: "sharing.log.read.thought_records",
  visit_summary: "sharing.log.read.visit_summary",
} as const;
// Each change a clinician's write is logged under (recordCaseWrite): "part.change".
const writeKeys = {
  "formulation.save": "sharing.log.write.formulation.save",
  "notes.create": "sharing.log.write.notes.create",
  "notes.edit": "sharing.log.write.notes.edit",
  "notes.sign": "sharing.log.write.notes.sign",
  "notes.amend": "sharing.log.write.notes.amend",
  "observations.create": "sharing.log.write.observations.create",
  "referrals.create": "sharing.log.write.referrals.create",
  "referrals.status": "sharing.log.write.referrals.status",
  "assignments.create": "sharing.log.write.assignments.create",
  "checkins.create": "sharing.log.write.checkins.create",
  "checkins.stop": "sharing.log.write.checkins.stop",
} as const;

const keyIn = <K extends string, V>(keys: Record<K, V>, name: unknown): V | undefined =>
  typeof name === "string" && Object.hasOwn(keys, name) ? keys[name as K] : undefined;

export function AccessLog({ familyId, shares }: { familyId: string; shares: Share[] }) {
  const { t, i18n } = useTranslation();
  const log = useAccessLog(familyId);
  // Names come from the shares: a clinician is named on the share they took up, a caregiver on the one they made.
  const names = new Map<string, string>();
  for (const s of shares) {
    if (s.clinician) names.set(s.clinician.id, s.clinician.name);
    if (s.grantedBy) names.set(s.grantedBy.id, s.grantedBy.name);
  }
  const who = (e: AccessEvent) => (e.actorId && names.get(e.actorId)) || t("sharing.log.someone");
  // A part or action this page does not know yet (a newer server) gets a general phrase, never its code.
  const what = (e: AccessEvent) => {
    const part = e.details?.part;
    if (e.action === "case.read") return t(keyIn(readKeys, part) ?? "sharing.log.read.other");
    if (e.action === "case.write")
      return t(keyIn(writeKeys, `${part}.${e.details?.change}`) ?? "sharing.log.write.other");
    return t(keyIn(actionKeys, e.action) ?? "sharing.log.other");
  };
  return (
    <section aria-labelledby="access-log-heading" className="stack">
      <h2 id="access-log-heading">{t("sharing.log.heading")}</h2>
      <ErrorAlert error={log.error} />
      {log.data && !log.data.length ? <p>{t("sharing.log.empty")}</p> : null}
      <ol className="access-log">
        {log.data?.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{new Date(e.at).toLocaleString(i18n.language)}</time> · {who(e)} · {what(e)}
          </li>
        ))}
      </ol>
    </section>
  );
}
