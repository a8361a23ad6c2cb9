// The moderators' queue: new applications and credential changes, oldest first, a page at a time. Each
// listing is worked in ModerationItem; anyone who is not a moderator is told plainly this page is not theirs.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ListingStatus } from "../../../domain/directory/listing";
import { useMe } from "../../api/account";
import { useModerationQueue } from "../../api/directory";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { SelectField } from "../../components/SelectField";
import { ModerationItem } from "./ModerationItem";
import "../../i18n/directory";
import "../../styles/directory.css";

const statuses: ListingStatus[] = ["pending", "changes_requested", "rejected", "approved"];

export default function Moderation() {
  const { t } = useTranslation();
  const me = useMe().data;
  const allowed = Boolean(me && (me.user.role === "moderator" || me.user.isAdmin));
  const [status, setStatus] = useState<ListingStatus>("pending");
  const queue = useModerationQueue(status, allowed);
  // Said at the page, not on the item: a decided listing leaves the queue it was in.
  const [done, setDone] = useState<string | null>(null);
  if (!me || !allowed)
    return <Page title={t("directory.moderation.title")} intro={t("directory.moderation.notAllowed")} />;
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Page
      title={t("directory.moderation.title")}
      intro={t("directory.moderation.intro")}
      className="directory-page"
    >
      <SelectField
        label={t("directory.moderation.queue")}
        value={status}
        onChange={setStatus}
        options={statuses.map((s) => ({ value: s, label: t(`directory.moderation.status.${s}`) }))}
      />
      <StatusMessage>{done ? t("directory.moderation.decided", { name: done }) : null}</StatusMessage>
      <ErrorAlert error={queue.error} />
      {queue.data && items.length === 0 ? <p>{t("directory.moderation.empty")}</p> : null}
      <ul className="provider-list">
        {items.map((l) => (
          <ModerationItem key={l.id} listing={l} moderatorId={me.user.id} onDone={() => setDone(l.name)} />
        ))}
      </ul>
      {queue.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() => void queue.fetchNextPage()}
          busy={queue.isFetchingNextPage}
          busyLabel={t("app.loading")}
        >
          {t("directory.search.more")}
        </Button>
      ) : null}
    </Page>
  );
}
