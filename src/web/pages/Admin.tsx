import { useTranslation } from "react-i18next";
import { useMe } from "../api/account";
import { useAdminUsers, useMailStatus } from "../api/admin";
import { Loading } from "../app/Loading";
import { Button } from "../components/Button";
import { ErrorAlert } from "../components/ErrorAlert";
import { Page } from "../components/Page";
import { CheckInSetup } from "./admin/CheckInSetup";
import { UserRow } from "./admin/UserRow";

export default function Admin() {
  const { t } = useTranslation();
  const myId = useMe().data?.user.id;
  const users = useAdminUsers();
  const mail = useMailStatus().data;
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t("admin.title")} intro={t("admin.intro")} className="admin">
      {mail ? (
        <p className={mail.enabled ? "note" : "note mail-off"}>
          {mail.enabled ? t("admin.mailOn", { from: mail.from ?? "" }) : t("admin.mailOff")}
        </p>
      ) : null}
      <ErrorAlert error={users.error} />
      {users.isPending ? <Loading /> : null}
      {users.isSuccess && items.length === 0 ? <p>{t("admin.empty")}</p> : null}
      {items.length > 0 ? (
        <ul className="user-list">
          {items.map((user) => (
            <UserRow key={user.id} user={user} isMe={user.id === myId} />
          ))}
        </ul>
      ) : null}
      {users.hasNextPage ? (
        <Button
          variant="secondary"
          busy={users.isFetchingNextPage}
          busyLabel={t("admin.loadingMore")}
          onClick={() => void users.fetchNextPage()}
        >
          {t("admin.loadMore")}
        </Button>
      ) : null}
      <CheckInSetup />
    </Page>
  );
}
