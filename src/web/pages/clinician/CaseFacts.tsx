// What a caseload row and a case overview both say: the babies and their ages, the caregivers, what the
// family shares and until when, the latest shared check-ins with their direction, safety flags, and the
// check-ins the clinician asked for that are due and not yet answered by a shared result.
import { useTranslation } from "react-i18next";
import { useInstrumentName } from "../../api/instrumentNames";
import type { CaseSummary } from "../../api/sharing";
import { useAgePhrase } from "../../log/useAgePhrase";

export function CaseFacts({ summary: c }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation();
  const instrument = useInstrumentName();
  // The same age phrase the family sees beside their baby's name.
  const agePhrase = useAgePhrase();
  const day = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  // A due date is the family's calendar date: shown as that date wherever the clinician is.
  const date = (ymd: string) =>
    new Date(`${ymd}T12:00:00Z`).toLocaleDateString(i18n.language, { timeZone: "UTC" });
  const caregiver = (id: string) =>
    c.caregivers.find((g) => g.userId === id)?.name ?? t("caseload.aCaregiver");
  // With two caregivers answering the same questionnaire, each result says whose it is.
  const whose = (id: string, userId: string) =>
    c.caregivers.length > 1 ? `${instrument(id)} (${caregiver(userId)})` : instrument(id);
  return (
    <>
      {c.safetyFlags.length ? (
        <p className="case-flag" role="note">
          {t("caseload.flagged", { date: day(c.safetyFlags[0]?.completedAt ?? c.openedAt) })}
        </p>
      ) : null}
      <dl className="case-facts">
        <div>
          <dt>{t("caseload.babies")}</dt>
          <dd>
            {c.babies
              .map((b) =>
                b.ageDays === null
                  ? t("caseload.expected", { name: b.name, date: b.dueDate ? date(b.dueDate) : "" })
                  : t("caseload.age", { name: b.name, age: agePhrase.born(b.ageDays, b.correctedAgeDays) }),
              )
              .join("; ") || "—"}
          </dd>
        </div>
        <div>
          <dt>{t("caseload.caregivers")}</dt>
          <dd>{c.caregivers.map((g) => g.name).join(", ")}</dd>
        </div>
        <div>
          <dt>{t("caseload.shared")}</dt>
          <dd>
            {t("caseload.sharedUntil", {
              scopes: c.scopes.map((s) => t(`sharing.scopes.${s}`)).join(", "),
              date: day(c.sharedUntil),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("caseload.lastActivity")}</dt>
          <dd>{c.lastActivityAt ? day(c.lastActivityAt) : t("caseload.notShared")}</dd>
        </div>
        {c.screenings.length ? (
          <div>
            <dt>{t("caseload.checkIns")}</dt>
            <dd>
              {c.screenings
                .map((s) =>
                  t(`caseload.trend.${s.trend}`, {
                    instrument: whose(s.instrumentId, s.userId),
                    total: s.latest.total,
                    previous: s.previous?.total ?? 0,
                  }),
                )
                .join("; ")}
            </dd>
          </div>
        ) : null}
        {c.checkinsDue.length ? (
          <div>
            <dt>{t("caseload.checkinsDue")}</dt>
            <dd>
              {c.checkinsDue
                .map((d) =>
                  t(d.overdue ? "caseload.overdue" : "caseload.due", {
                    instrument: instrument(d.instrumentId),
                    caregiver: caregiver(d.caregiverId),
                    date: date(d.dueOn),
                  }),
                )
                .join("; ")}
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
