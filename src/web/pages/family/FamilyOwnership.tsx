// Handing a family over and deleting it: what an owner who is leaving (or deleting their account) needs
// first, when others still care for the baby.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDeleteFamily, useSetPermission } from "../../api/erasure";
import type { Caregiver } from "../../api/families";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { PasswordConfirmForm } from "../../components/PasswordConfirmForm";
import "../../i18n/erasure";

/** For an owner, beside another caregiver: make them an owner too. */
export function MakeOwnerButton({ familyId, caregiver }: { familyId: string; caregiver: Caregiver }) {
  const { t } = useTranslation();
  const setPermission = useSetPermission(familyId);
  if (caregiver.permission === "owner") return null;
  return (
    <>
      <ErrorAlert error={setPermission.error} />
      <Button
        variant="quiet"
        busy={setPermission.isPending}
        onClick={() => setPermission.mutate({ userId: caregiver.userId, permission: "owner" })}
        aria-label={t("erasure.makeOwnerLabel", { name: caregiver.name })}
      >
        {t("erasure.makeOwner")}
      </Button>
    </>
  );
}

/** For an owner: delete the family for everyone, with the password, after saying what that deletes. */
export function DeleteFamilySection({ family }: { family: { id: string; name: string } }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const deleteFamily = useDeleteFamily(family.id);
  const [confirming, setConfirming] = useState(false);

  function confirm(password: string) {
    deleteFamily
      .mutateAsync(password)
      .then(() => navigate("/", { replace: true }))
      .catch(() => undefined); // shown through deleteFamily.error
  }

  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{t("erasure.deleteFamily.heading")}</h2>
      <p>{t("erasure.deleteFamily.explain", { family: family.name })}</p>
      {confirming ? (
        <PasswordConfirmForm
          words={{
            password: t("erasure.deleteFamily.password"),
            confirm: t("erasure.deleteFamily.confirm"),
            confirming: t("erasure.deleteFamily.confirming"),
            cancel: t("erasure.deleteFamily.cancel"),
          }}
          busy={deleteFamily.isPending}
          error={deleteFamily.error}
          onConfirm={confirm}
          onCancel={() => {
            setConfirming(false);
            deleteFamily.reset();
          }}
          focusOnOpen
        />
      ) : (
        <div>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t("erasure.deleteFamily.start")}
          </Button>
        </div>
      )}
    </section>
  );
}
