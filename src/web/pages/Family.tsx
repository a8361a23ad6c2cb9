// The people around the baby: who is in the family, inviting someone with a short code, the family's name
// and time zone, leaving.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { noFamilyAbilities } from "../../contract/abilities";
import {
  type Permission,
  type Relationship,
  relationships,
  useCreateInvite,
  useInvites,
  useRemoveCaregiver,
  useRevokeInvite,
} from "../api/families";
import { Button } from "../components/Button";
import { ChoiceGroup } from "../components/ChoiceGroup";
import { EmailField } from "../components/EmailField";
import { ErrorAlert } from "../components/ErrorAlert";
import { Page } from "../components/Page";
import { useLogContext } from "../log/LogContext";
import { CustomTypes } from "./family/CustomTypes";
import { FamilyExport, ImportFamily } from "./family/FamilyData";
import { DeleteFamilySection, MakeOwnerButton } from "./family/FamilyOwnership";
import { FamilySettings } from "./family/FamilySettings";
import { BringHistoryLink } from "./imports/BringHistoryLink";
import { AddBaby } from "./log/AddBaby";
import { BabyAgeLine } from "./log/BabyAgeLine";
import "../i18n/sharing";

export default function FamilyPage() {
  const { t } = useTranslation();
  const { family, userId } = useLogContext();
  // What this person may do here comes with the family, from the server's own rules: no role is read here.
  const may = family.abilities ?? noFamilyAbilities;
  const remove = useRemoveCaregiver(family.id);
  const navigate = useNavigate();
  const [confirmLeave, setConfirmLeave] = useState(false);

  return (
    <Page title={t("family.title")} heading={family.name} className="log-page">
      <section aria-labelledby="caregivers-heading">
        <h2 id="caregivers-heading">{t("family.caregivers")}</h2>
        <ErrorAlert error={remove.error} />
        <ul className="card-list">
          {family.caregivers.map((c) => (
            <li key={c.userId} className="card">
              <p>
                <strong>{c.name}</strong> · {t(`relationship.${c.relationship}`)} ·{" "}
                {t(`permission.${c.permission}`)}
                {c.userId === userId ? ` ${t("family.you")}` : ""}
              </p>
              {may.manage && c.userId !== userId ? (
                <MakeOwnerButton familyId={family.id} caregiver={c} />
              ) : null}
              {may.removeOthers && c.userId !== userId ? (
                <Button
                  variant="quiet"
                  onClick={() => remove.mutate(c.userId)}
                  aria-label={t("family.removeLabel", { name: c.name })}
                >
                  {t("family.remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="babies-heading" className="stack">
        <h2 id="babies-heading">{t("family.babies")}</h2>
        <ul className="card-list">
          {family.babies.map((b) => (
            <li key={b.id} className="card">
              <p>
                <strong>{b.name}</strong>
                {b.status === "expected" ? ` · ${t("family.expected")}` : ""}
              </p>
              <BabyAgeLine baby={b} timeZone={family.timeZone} />
            </li>
          ))}
        </ul>
        {may.manage ? <AddBaby familyId={family.id} /> : null}
      </section>
      <FamilySettings family={family} isOwner={may.manage} />
      <CustomTypes family={family} isOwner={may.manage} />
      {may.manage ? <Invites familyId={family.id} /> : null}
      {may.manage ? <FamilyExport familyId={family.id} /> : null}
      <BringHistoryLink />
      <ImportFamily />
      <section aria-labelledby="sharing-heading" className="stack">
        <h2 id="sharing-heading">{t("sharing.link")}</h2>
        <p>{t("sharing.linkHint")}</p>
        <p className="share-actions">
          <Link to="/family/sharing" className="button button-secondary">
            {t("sharing.link")}
          </Link>
          <Link to="/family/care-team" className="button button-secondary">
            {t("careTeam.link")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="leave-heading">
        <h2 id="leave-heading">{t("family.leaveHeading")}</h2>
        {confirmLeave ? (
          <div className="stack">
            <p>{t("family.leaveConfirm", { family: family.name })}</p>
            <div className="button-row">
              <Button
                variant="danger"
                busy={remove.isPending}
                onClick={() =>
                  remove
                    .mutateAsync(userId)
                    .then(() => navigate("/", { replace: true }))
                    .catch(() => undefined)
                }
              >
                {t("family.leaveYes")}
              </Button>
              <Button variant="secondary" onClick={() => setConfirmLeave(false)}>
                {t("editor.cancel")}
              </Button>
            </div>
          </div>
        ) : (
          <Button variant="secondary" onClick={() => setConfirmLeave(true)}>
            {t("family.leave")}
          </Button>
        )}
      </section>
      {may.manage ? <DeleteFamilySection family={family} /> : null}
    </Page>
  );
}

function Invites({ familyId }: { familyId: string }) {
  const { t, i18n } = useTranslation();
  const invites = useInvites(familyId, true);
  const create = useCreateInvite(familyId);
  const revoke = useRevokeInvite(familyId);
  const [relationship, setRelationship] = useState<Relationship>("partner");
  const [permission, setPermission] = useState<Permission>("caregiver");
  const [email, setEmail] = useState("");
  const date = new Intl.DateTimeFormat(i18n.language, { day: "numeric", month: "long" });
  const pending = (invites.data ?? []).filter((i) => i.status === "open");
  // The server keeps only a hash of the code: this is the one time it can be read, until it is cancelled.
  const made = create.data && !(revoke.isSuccess && revoke.variables === create.data.id) ? create.data : null;

  return (
    <section aria-labelledby="invite-heading" className="stack">
      <h2 id="invite-heading">{t("family.inviteHeading")}</h2>
      <p className="field-hint">{t("family.inviteHint")}</p>
      <ErrorAlert error={create.error ?? revoke.error} />
      <ChoiceGroup
        legend={t("family.inviteRelationship")}
        value={relationship}
        onChange={setRelationship}
        inline
        choices={relationships.map((r) => ({ value: r, label: t(`relationship.${r}`) }))}
      />
      <ChoiceGroup
        legend={t("family.invitePermission")}
        value={permission}
        onChange={setPermission}
        choices={[
          { value: "caregiver", label: t("family.permissionCaregiver") },
          { value: "owner", label: t("family.permissionOwner") },
        ]}
      />
      <EmailField
        label={t("family.inviteEmail")}
        hint={t("family.inviteEmailHint")}
        name="inviteEmail"
        autoComplete="off"
        value={email}
        onChange={setEmail}
      />
      <Button
        busy={create.isPending}
        onClick={() =>
          create.mutate(
            { relationship, permission, ...(email.trim() ? { email: email.trim() } : {}) },
            { onSuccess: () => setEmail("") },
          )
        }
      >
        {t("family.createInvite")}
      </Button>
      {made ? (
        <div className="card" role="status">
          <p>{t("family.newCode", { who: t(`relationship.${made.relationship}`) })}</p>
          <p className="invite-code">{`${made.code.slice(0, 5)} ${made.code.slice(5)}`}</p>
          <p className="field-hint">
            {t("family.newCodeHint", { date: date.format(new Date(made.expiresAt)) })}
          </p>
          {create.variables?.email ? (
            <p>
              {made.mailed
                ? t("family.inviteMailed", { email: create.variables.email })
                : t("family.inviteNotMailed")}
            </p>
          ) : null}
        </div>
      ) : null}
      {pending.length ? (
        <ul className="card-list">
          {pending.map((invite) => (
            <li key={invite.id} className="card">
              <p>{t(`relationship.${invite.relationship}`)}</p>
              <p className="field-hint">
                {t("family.expires", { date: date.format(new Date(invite.expiresAt)) })}
              </p>
              <Button
                variant="quiet"
                onClick={() => revoke.mutate(invite.id)}
                aria-label={t("family.revokeLabel", {
                  who: t(`relationship.${invite.relationship}`),
                  date: date.format(new Date(invite.expiresAt)),
                })}
              >
                {t("family.revoke")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
