// What the family's clinicians noticed and wrote to them ("From Dr Lee: …"), newest first. Marking one read
// lets the clinician know it arrived; nothing else is asked of the family.
import { useTranslation } from "react-i18next";
import { useFamilyObservations, useMarkObservationSeen } from "../../api/careTeam";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import type { CareTeamSectionProps } from "./careTeamSections";
import "../../i18n/careteam";
import "../../styles/care-team.css";

export function FamilyObservations({ familyId }: CareTeamSectionProps) {
  const { t, i18n } = useTranslation();
  const list = useFamilyObservations(familyId);
  const seen = useMarkObservationSeen(familyId);
  return (
    <section aria-labelledby="family-observations-heading" className="stack care-team-section">
      <h2 id="family-observations-heading">{t("observations.familyHeading")}</h2>
      <ErrorAlert error={list.error ?? seen.error} />
      {list.data && !list.data.length ? <p>{t("observations.familyNone")}</p> : null}
      <ul className="care-team-list">
        {list.data?.map((o) => (
          <li key={o.id} className="card observation">
            <p className="observation-from">
              {o.clinician
                ? t("observations.from", { name: o.clinician.name })
                : t("observations.fromSomeone")}{" "}
              · <time dateTime={o.createdAt}>{new Date(o.createdAt).toLocaleDateString(i18n.language)}</time>
            </p>
            <blockquote className="observation-text">
              <p>{o.text}</p>
            </blockquote>
            {o.seenAt ? (
              <p className="field-hint">{t("observations.read")}</p>
            ) : (
              <Button
                variant="secondary"
                aria-disabled={seen.isPending || undefined}
                onClick={() => seen.mutate(o.id)}
              >
                {t("observations.markSeen")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
