// Pieces of a referral that the family's page and the clinician's case show alike: who the provider is and
// how to reach them, and the buttons that say where it stands.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ReferralStatus } from "../../../domain/referral";
import type { Referral } from "../../api/careTeam";
import { Button } from "../../components/Button";
import { useDirectoryWords } from "../directory/labels";

/** The provider's name, what for, and how to reach them (a directory listing's only while it is listed). */
export function ReferralProvider({ referral: r }: { referral: Referral }) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const c = r.provider.contact;
  return (
    <>
      <h3>{r.provider.name}</h3>
      <p>{t("referrals.for", { service: w.term("service", r.service) })}</p>
      {c && (c.phone || c.email || c.website) ? (
        <ul className="referral-contact">
          {c.phone ? (
            <li>
              {t("referrals.phoneLabel")}: <a href={`tel:${c.phone.replace(/[^+0-9]/g, "")}`}>{c.phone}</a>
            </li>
          ) : null}
          {c.email ? (
            <li>
              {t("referrals.emailLabel")}: <a href={`mailto:${c.email}`}>{c.email}</a>
            </li>
          ) : null}
          {c.website ? (
            <li>
              {t("referrals.websiteLabel")}:{" "}
              <a href={c.website} rel="noreferrer noopener" target="_blank">
                {c.website}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      {r.provider.source === "directory" && r.provider.listed && r.provider.id ? (
        <p>
          <Link to={`/directory/providers/${encodeURIComponent(r.provider.id)}`}>
            {t("referrals.listing")}
          </Link>
        </p>
      ) : null}
      {r.provider.source === "directory" && !r.provider.listed ? (
        <p className="field-hint">{t("referrals.notListed")}</p>
      ) : null}
    </>
  );
}

/** Where it stands, and a button for each place it can go from here (domain/referral.ts decides which). */
export function ReferralStatusButtons({
  referral: r,
  busy,
  onMove,
}: {
  referral: Referral;
  busy: boolean;
  onMove: (status: ReferralStatus) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="referral-status" data-status={r.status}>
        {t("referrals.status", { status: t(`referrals.statuses.${r.status}`) })}
      </p>
      {r.nextStatuses.length ? (
        <fieldset className="referral-moves">
          <legend>{t("referrals.moveLabel")}</legend>
          <div className="referral-move-buttons">
            {r.nextStatuses.map((s) => (
              <Button key={s} variant="secondary" aria-disabled={busy || undefined} onClick={() => onMove(s)}>
                {t(`referrals.moveTo.${s}`)}
              </Button>
            ))}
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
