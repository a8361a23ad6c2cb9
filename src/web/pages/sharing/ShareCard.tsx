// One share: who has it, what it covers, until when; change what it covers or end it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Share, type ShareScope, shareScopes, useEndShare, useUpdateShare } from "../../api/sharing";
import { Button } from "../../components/Button";
import { ChipGroup } from "../../components/ChipGroup";
import { ErrorAlert } from "../../components/ErrorAlert";

export function ShareCard({ share: s }: { share: Share }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  const update = useUpdateShare();
  const end = useEndShare();
  const [scopes, setScopes] = useState<ShareScope[]>(s.scopes);
  const [confirming, setConfirming] = useState(false);
  const live = s.state === "waiting" || s.state === "active";
  const changed = scopes.length > 0 && scopes.join() !== s.scopes.join();
  return (
    <li className="card share-card" data-state={s.state}>
      <h3>{s.clinician ? t("sharing.with", { name: s.clinician.name }) : t("sharing.waiting")}</h3>
      <p className="share-state">
        {
          {
            waiting: t("sharing.state.waiting", { date: day(s.acceptBy) }),
            active: t("sharing.state.active", { date: day(s.expiresAt) }),
            expired: t("sharing.state.expired", { date: day(s.expiresAt) }),
            revoked: t("sharing.state.revoked", { date: day(s.revokedAt ?? s.expiresAt) }),
            unused: t("sharing.state.unused"),
          }[s.state]
        }
      </p>
      {s.clinician ? <p className="field-hint">{s.clinician.email}</p> : null}
      {live ? (
        <>
          <ChipGroup
            legend={t("sharing.covers")}
            chips={shareScopes.map((v) => ({ value: v, label: t(`sharing.scopes.${v}`) }))}
            selected={scopes}
            onChange={setScopes}
          />
          {changed ? (
            <Button
              variant="secondary"
              busy={update.isPending}
              onClick={() => update.mutate({ id: s.id, scopes })}
            >
              {t("sharing.save")}
            </Button>
          ) : null}
          <ErrorAlert error={update.error ?? end.error} />
          {confirming ? (
            <div className="stack">
              <p>{t("sharing.endConfirm")}</p>
              <div className="share-actions">
                <Button variant="danger" busy={end.isPending} onClick={() => end.mutate(s.id)}>
                  {t("sharing.endYes")}
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t("sharing.keep")}
                </Button>
              </div>
            </div>
          ) : (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t("sharing.end")}
            </Button>
          )}
        </>
      ) : (
        <p>{t("sharing.covered", { scopes: s.scopes.map((v) => t(`sharing.scopes.${v}`)).join(", ") })}</p>
      )}
    </li>
  );
}
