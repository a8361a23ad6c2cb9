// One account: change its role or admin flag, then save. Saving is explicit because these changes
// grant or remove access, and a select can change value by accident under a stray arrow key.
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useUpdateUser } from "../../api/admin";
import type { Role, User } from "../../api/types";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { currentLocale } from "../../i18n";

const ROLES: readonly Role[] = ["caregiver", "clinician", "moderator"];

export function UserRow({ user, isMe }: { user: User; isMe: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateUser();
  const [role, setRole] = useState<Role>(user.role);
  const [isAdmin, setIsAdmin] = useState(user.isAdmin);
  const [savedName, setSavedName] = useState<string | null>(null);
  const changed = role !== user.role || isAdmin !== user.isAdmin;
  // Repeated controls need names that say whose they are, for screen readers and voice control.
  const whose = <span className="visually-hidden"> {t("admin.forUser", { name: user.name })}</span>;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending || !changed) return;
    const changes = { ...(role !== user.role && { role }), ...(isAdmin !== user.isAdmin && { isAdmin }) };
    setSavedName(null);
    update.mutate({ id: user.id, changes }, { onSuccess: ({ user: saved }) => setSavedName(saved.name) });
  }

  return (
    <li className="card user-row">
      <form className="stack" onSubmit={submit} noValidate>
        <div>
          <h2 className="user-name">
            {user.name}
            {isMe ? <span className="badge">{t("admin.you")}</span> : null}
          </h2>
          <p className="user-meta">{user.email}</p>
          <p className="user-meta">{t("admin.joined", { date: formatDate(user.createdAt) })}</p>
        </div>
        <ErrorAlert error={update.error} />
        <div className="user-controls">
          <div className="field">
            <label htmlFor={`${id}-role`}>
              {t("admin.role")}
              {whose}
            </label>
            <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`admin.roles.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <label className="choice checkbox">
            <input type="checkbox" checked={isAdmin} onChange={(event) => setIsAdmin(event.target.checked)} />
            <span>
              {t("admin.isAdmin")}
              {whose}
            </span>
          </label>
          <Button
            type="submit"
            variant="secondary"
            aria-disabled={!changed}
            busy={update.isPending}
            busyLabel={t("admin.saving")}
          >
            {t("admin.save")}
            {whose}
          </Button>
        </div>
        <StatusMessage>{savedName && !changed ? t("admin.saved", { name: savedName }) : null}</StatusMessage>
      </form>
    </li>
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: "long" }).format(date);
}
