// Deleting is permanent, so it takes two deliberate steps and the password, and says first exactly what goes
// and what stays, family by family, with the family's download offered before anything is deleted.
import { type Ref, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useDeleteAccount } from "../../api/account";
import { type ErasurePreview, type FamilyErasure, useErasurePreview } from "../../api/erasure";
import { Alert } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { PasswordConfirmForm } from "../../components/PasswordConfirmForm";
import "../../i18n/erasure";
import "../../styles/erasure.css";

export function DeleteAccountSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const deleteAccount = useDeleteAccount();
  const [confirming, setConfirming] = useState(false);
  const preview = useErasurePreview(confirming);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const loaded = preview.data !== undefined;

  // Once it is known what would be deleted, that is read first; the password comes after it.
  useEffect(() => {
    if (confirming && loaded) summaryRef.current?.focus();
    else if (!confirming && returnFocus.current) startRef.current?.focus();
  }, [confirming, loaded]);

  function cancel() {
    returnFocus.current = true;
    setConfirming(false);
    deleteAccount.reset();
  }

  function confirm(password: string) {
    // mutateAsync, not mutate's callbacks: this page unmounts as soon as the account is gone.
    deleteAccount
      .mutateAsync(password)
      .then(() => navigate("/sign-in", { replace: true }))
      .catch(() => undefined); // shown through deleteAccount.error
  }

  return (
    <section className="card danger-zone" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("settings.delete.heading")}</h2>
      <p>{t("erasure.explain")}</p>
      {confirming ? (
        <div className="stack">
          {preview.isPending ? <p role="status">{t("erasure.checking")}</p> : null}
          <ErrorAlert error={preview.error} />
          {preview.data ? <ErasureSummary preview={preview.data} headingRef={summaryRef} /> : null}
          {preview.data?.canDelete ? (
            <PasswordConfirmForm
              words={{
                password: t("settings.delete.password"),
                confirm: t("settings.delete.confirm"),
                confirming: t("settings.delete.confirming"),
                cancel: t("settings.delete.cancel"),
              }}
              busy={deleteAccount.isPending}
              error={deleteAccount.error}
              onConfirm={confirm}
              onCancel={cancel}
            >
              <p>{t("settings.delete.confirmIntro")}</p>
            </PasswordConfirmForm>
          ) : (
            <div className="button-row">
              <Button variant="secondary" onClick={cancel}>
                {t("settings.delete.cancel")}
              </Button>
            </div>
          )}
        </div>
      ) : (
        <Button ref={startRef} variant="danger" onClick={() => setConfirming(true)}>
          {t("settings.delete.start")}
        </Button>
      )}
    </section>
  );
}

function ErasureSummary({
  preview,
  headingRef,
}: {
  preview: ErasurePreview;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack erasure-summary">
      <h3 ref={headingRef} tabIndex={-1}>
        {t("erasure.whatHeading")}
      </h3>
      {preview.families.length ? (
        <ul className="erasure-families">
          {preview.families.map((family) => (
            <FamilyFate key={family.id} family={family} />
          ))}
        </ul>
      ) : null}
      <p>{t("erasure.yours", { screenings: preview.screenings, thoughts: preview.thoughtRecords })}</p>
      {preview.listings.map((listing) => (
        <p key={listing.id}>{t("erasure.listing", { name: listing.name })}</p>
      ))}
      {preview.cases ? <p>{t("erasure.cases", { count: preview.cases })}</p> : null}
      {preview.canDelete ? null : <Alert>{t("erasure.cannotYet")}</Alert>}
    </div>
  );
}

function FamilyFate({ family }: { family: FamilyErasure }) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: "conjunction" });
  const names = list.format(family.otherCaregivers.map((c) => c.name));
  const clinicians = family.shares.filter((s) => s.clinician !== null);
  const codes = family.shares.length - clinicians.length;

  if (family.fate === "blocked")
    return (
      <li className="erasure-family erasure-blocked">
        <p>{t("erasure.blocked", { family: family.name, names })}</p>
        <p>
          <Link to="/family">{t("erasure.toFamilyPage")}</Link>
        </p>
      </li>
    );
  if (family.fate === "leave")
    return (
      <li className="erasure-family">
        <p>{t("erasure.familyLeave", { family: family.name, names })}</p>
        {family.ownEntries ? <p>{t("erasure.familyLeaveEntries", { count: family.ownEntries })}</p> : null}
      </li>
    );
  const babies = t("erasure.babyNames", {
    count: family.babies.length,
    names: list.format(family.babies.map((b) => b.name)),
  });
  return (
    <li className="erasure-family erasure-deleted">
      <p>
        {family.babies.length
          ? t("erasure.familyDelete", { family: family.name, babies, count: family.entries })
          : t("erasure.familyDeleteNoBabies", { family: family.name })}
      </p>
      {clinicians.map((share) => (
        <p key={share.id}>
          {t("erasure.shareEnds", { name: share.clinician?.name, email: share.clinician?.email })}
        </p>
      ))}
      {codes ? <p>{t("erasure.codesEnd", { count: codes })}</p> : null}
      {family.exportPath ? (
        <a className="button button-secondary" href={family.exportPath} download>
          {t("erasure.exportFirst", { family: family.name })}
        </a>
      ) : null}
    </li>
  );
}
