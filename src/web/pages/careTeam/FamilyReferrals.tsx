// Where the family's clinicians suggest they go, and where each suggestion stands. The family moves them
// along with one tap; "not for now" is always an option and never questioned.
import { useTranslation } from "react-i18next";
import { useFamilyReferrals, useMoveReferral } from "../../api/careTeam";
import { ErrorAlert } from "../../components/ErrorAlert";
import type { CareTeamSectionProps } from "./careTeamSections";
import { ReferralList } from "./ReferralList";
import "../../i18n/careteam";
import "../../styles/care-team.css";

export function FamilyReferrals({ familyId }: CareTeamSectionProps) {
  const { t } = useTranslation();
  const list = useFamilyReferrals(familyId);
  const move = useMoveReferral(familyId);
  return (
    <section aria-labelledby="family-referrals-heading" className="stack care-team-section">
      <h2 id="family-referrals-heading">{t("referrals.familyHeading")}</h2>
      {list.data?.length ? <p>{t("referrals.familyIntro")}</p> : null}
      <ErrorAlert error={list.error ?? move.error} />
      <ReferralList
        referrals={list.data}
        empty={t("referrals.familyNone")}
        itemClassName="card referral"
        mover={move}
        byline={(r) => (
          <p>{r.clinician ? t("referrals.by", { name: r.clinician.name }) : t("referrals.bySomeone")}</p>
        )}
      />
    </section>
  );
}
