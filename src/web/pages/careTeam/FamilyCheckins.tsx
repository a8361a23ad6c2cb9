// The check-ins the family's clinicians asked for: for the person reading, what is due and a way in; for the
// family's other caregivers only that they were asked (whether someone checked in is theirs to tell). A
// reminder that sharing each result stays their choice, and no word about anything missed.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type FamilyCheckIn, useFamilyCheckIns } from "../../api/assignments";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDateFormat } from "../guide/dates";
import type { CareTeamSectionProps } from "./careTeamSections";
import "../../i18n/assignments";
import "../../styles/care-team.css";
import "../../styles/assignments.css";

export function FamilyCheckins({ familyId }: CareTeamSectionProps) {
  const { t } = useTranslation();
  const list = useFamilyCheckIns(familyId);
  const items = list.data?.items ?? [];
  // Nothing asked, nothing shown: the page stays calm.
  if (!list.error && !items.length) return null;
  const mine = items.filter((r) => r.mine);
  const others = items.filter((r) => !r.mine);
  return (
    <section aria-labelledby="family-checkins-heading" className="stack care-team-section">
      <h2 id="family-checkins-heading">{t("checkinRequests.familyHeading")}</h2>
      <ErrorAlert error={list.error} />
      {mine.length ? <p>{t("checkinRequests.familyIntro")}</p> : null}
      <ul className="care-team-list">
        {mine.map((r) => (
          <MyCheckIn key={r.id} request={r} />
        ))}
        {others.map((r) => (
          <li key={r.id} className="checkin-request">
            {r.clinician
              ? t("checkinRequests.otherAsked", {
                  clinician: r.clinician.name,
                  name: r.caregiver.name,
                  instrument: r.instrumentName,
                })
              : t("checkinRequests.otherAskedSomeone", {
                  name: r.caregiver.name,
                  instrument: r.instrumentName,
                })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function MyCheckIn({ request: r }: { request: FamilyCheckIn }) {
  const { t } = useTranslation();
  const date = useDateFormat({ weekday: "long", day: "numeric", month: "long" });
  // A finished once-only check-in still says what was asked; otherwise "due" names the open date.
  const due = r.state === "due" || (r.state === "done" && !r.nextDueOn);
  const when = due ? r.dueOn : r.nextDueOn;
  const words = { instrument: r.instrumentName, date: when ? date(when) : "" };
  const asked = r.clinician
    ? t(due ? "checkinRequests.askedDue" : "checkinRequests.askedNext", { ...words, name: r.clinician.name })
    : t(due ? "checkinRequests.askedSomeoneDue" : "checkinRequests.askedSomeoneNext", words);
  return (
    <li className="card checkin-request">
      {when ? <p className="assignment-title">{asked}</p> : null}
      {r.state === "done" ? <p>{t("checkinRequests.done")}</p> : null}
      {r.state === "due" ? (
        <p>
          <Link to={r.path} className="button button-primary">
            {t("checkinRequests.start", { instrument: r.instrumentName })}
          </Link>
        </p>
      ) : null}
    </li>
  );
}
