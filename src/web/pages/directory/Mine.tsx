// A provider's own listings: where each stands, what the moderators said, and the reminder to say again
// whether they are taking new clients (every 90 days; hidden from search after 180 without).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../../api/account";
import { type OwnListing, useMyListings, useReconfirm, useWithdraw } from "../../api/directory";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { ResendVerificationButton } from "../../components/ResendVerificationButton";
import { useDirectoryWords } from "./labels";
import "../../i18n/directory";
import "../../styles/directory.css";

export default function Mine() {
  const { t } = useTranslation();
  const mine = useMyListings();
  const user = useMe().data?.user;
  return (
    <Page title={t("directory.mine.title")} className="directory-page">
      <ErrorAlert error={mine.error} />
      {user && !user.emailVerified && mine.data?.length ? <ConfirmEmail email={user.email} /> : null}
      {mine.data?.length === 0 ? <p>{t("directory.mine.none")}</p> : null}
      <ul className="provider-list">
        {mine.data?.map((l) => (
          <MyListing key={l.id} listing={l} />
        ))}
      </ul>
      <p>
        <Link to="/directory/apply" className="button button-secondary">
          {t("directory.mine.apply")}
        </Link>
      </p>
    </Page>
  );
}

/** A listing goes live only for a provider whose address is confirmed: say so where they land after applying. */
function ConfirmEmail({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <div className="listing-reconfirm">
      <p>{t("directory.mine.confirmEmail", { email })}</p>
      <ResendVerificationButton email={email} />
    </div>
  );
}

function MyListing({ listing: l }: { listing: OwnListing }) {
  const { t } = useTranslation();
  const w = useDirectoryWords();
  const reconfirm = useReconfirm();
  const withdraw = useWithdraw();
  const [confirming, setConfirming] = useState(false);
  const due = l.status === "approved" && l.freshness !== "fresh";
  return (
    <li className="card provider-card" data-status={l.status}>
      <h2>{l.name}</h2>
      <p className={`listing-status is-${l.status}`}>{t(`directory.mine.status.${l.status}`)}</p>
      {l.moderationNote && l.status !== "approved" ? (
        <p>{t("directory.mine.note", { note: l.moderationNote })}</p>
      ) : null}
      {l.pendingCredentials ? <p>{t("directory.mine.pendingCredentials")}</p> : null}
      {due ? (
        // A gentle question, not an alarm: it sits in the listing rather than interrupting the page.
        <section className="listing-reconfirm" aria-labelledby={`reconfirm-${l.id}`}>
          <h3 id={`reconfirm-${l.id}`}>{t("directory.mine.reconfirmQuestion")}</h3>
          <p>
            {l.freshness === "stale"
              ? t("directory.mine.stale", { date: w.day(l.acceptingConfirmedOn) })
              : t("directory.mine.reconfirmDue", { date: w.day(l.hiddenAfter) })}
          </p>
          <div className="directory-actions">
            <Button
              onClick={() => reconfirm.mutate({ id: l.id, accepting: true })}
              busy={reconfirm.isPending && reconfirm.variables?.accepting}
            >
              {t("directory.mine.yes")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => reconfirm.mutate({ id: l.id, accepting: false })}
              busy={reconfirm.isPending && !reconfirm.variables?.accepting}
            >
              {t("directory.mine.no")}
            </Button>
          </div>
        </section>
      ) : null}
      {reconfirm.isSuccess ? <StatusMessage>{t("directory.mine.confirmed")}</StatusMessage> : null}
      <ErrorAlert error={reconfirm.error ?? withdraw.error} />
      <div className="directory-actions">
        <Link to={`/directory/mine/${l.id}/edit`} className="button button-secondary">
          {t("directory.mine.edit")}
        </Link>
        {l.status === "approved" ? (
          <Link to={`/directory/providers/${l.id}`} className="button button-quiet">
            {t("directory.mine.view")}
          </Link>
        ) : null}
        {confirming ? (
          <>
            <span>{t("directory.mine.withdrawConfirm")}</span>
            <Button variant="danger" onClick={() => withdraw.mutate(l.id)} busy={withdraw.isPending}>
              {t("directory.mine.withdrawYes")}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              {t("directory.mine.cancel")}
            </Button>
          </>
        ) : (
          <Button variant="quiet" onClick={() => setConfirming(true)}>
            {t("directory.mine.withdraw")}
          </Button>
        )}
      </div>
    </li>
  );
}
