// The moderators' queue: new applications and credential changes, oldest first, a page at a time. Each
// listing is worked in ModerationItem; anyone who is not a moderator is told plainly this page is not theirs.
// The choice of queue says how many each holds, so a moderator sees at a glance where work waits.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ListingStatus } from "../../../domain/directory/listing";
import { useMe } from "../../api/account";
import { useModerationQueue } from "../../api/directory";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { ModerationItem } from "./ModerationItem";
import "../../i18n/directory";
import "../../styles/directory.css";

const statuses: ListingStatus[] = ["pending", "changes_requested", "rejected", "approved"];

export default function Moderation() {
  const { t } = useTranslation();
  const me = useMe().data;
  // The server's own rule, sent with the account: the page never works out who moderates from roles.
  const allowed = Boolean(me?.abilities?.moderateDirectory);
  const [status, setStatus] = useState<ListingStatus>("pending");
  // Every queue's first page, for its count; the one chosen is the same query the list shows, not a second.
  const queues = {
    pending: useModerationQueue("pending", allowed),
    changes_requested: useModerationQueue("changes_requested", allowed),
    rejected: useModerationQueue("rejected", allowed),
    approved: useModerationQueue("approved", allowed),
  } satisfies Record<ListingStatus, unknown>;
  const queue = queues[status];
  const labelOf = (s: ListingStatus) => {
    const q = queues[s];
    const label = t(`directory.moderation.status.${s}`);
    if (!q.data) return label;
    const count = q.data.pages.reduce((n, p) => n + p.items.length, 0);
    // A page at a time: past the pages loaded, there are more than counted.
    return t(q.hasNextPage ? "directory.moderation.countMore" : "directory.moderation.count", {
      status: label,
      count,
    });
  };
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
      <ChoiceGroup
        legend={t("directory.moderation.queue")}
        inline
        value={status}
        onChange={setStatus}
        choices={statuses.map((s) => ({ value: s, label: labelOf(s) }))}
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
