// One day of care, oldest first, with previous/next day. Each entry can be edited or deleted (with undo).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { removeEntry } from "../../log/actions";
import { useClock, useDescribe } from "../../log/describe";
import { useLogContext } from "../../log/LogContext";
import { entriesBetween } from "../../log/queries";
import { addDays, startOfDay } from "../../log/time";
import type { LocalEntry } from "../../log/types";
import { useLive } from "../../log/useLive";
import { useNow } from "../../log/useNow";
import { EntryEditor } from "./EntryEditor";

export function Timeline({ onDeleted }: { onDeleted: (entry: LocalEntry) => void }) {
  const { t, i18n } = useTranslation();
  const { sync, baby } = useLogContext();
  const [day, setDay] = useState(() => startOfDay(new Date()));
  const now = useNow(30_000);
  const isToday = day.getTime() === startOfDay(new Date(now)).getTime();
  const entries = useLive(
    () => entriesBetween(sync.db, baby.id, day, addDays(day, 1)),
    [sync, baby.id, day.getTime()],
  );
  const dayName = isToday
    ? t("timeline.today")
    : new Intl.DateTimeFormat(i18n.language, { weekday: "long", day: "numeric", month: "long" }).format(day);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{dayName}</h2>
      <div className="button-row day-nav">
        <Button variant="secondary" onClick={() => setDay(addDays(day, -1))}>
          {t("timeline.previous")}
        </Button>
        {isToday ? null : (
          <Button variant="secondary" onClick={() => setDay(addDays(day, 1))}>
            {t("timeline.next")}
          </Button>
        )}
      </div>
      {entries && entries.length === 0 ? <p className="note">{t("timeline.empty")}</p> : null}
      <ol className="timeline-list">
        {(entries ?? []).map((entry) => (
          <EntryRow
            key={entry.id}
            entry={entry}
            now={now}
            onDelete={() => {
              void removeEntry(sync, entry.id);
              onDeleted(entry);
            }}
          />
        ))}
      </ol>
    </section>
  );
}

function EntryRow({ entry, now, onDelete }: { entry: LocalEntry; now: number; onDelete: () => void }) {
  const { t } = useTranslation();
  const clock = useClock();
  const describe = useDescribe();
  const [editing, setEditing] = useState(false);
  const name = t(`entryType.${entry.type}`);
  const when = entry.endedAt
    ? t("timeline.range", { from: clock(entry.startedAt), to: clock(entry.endedAt) })
    : clock(entry.startedAt);
  const detail = describe(entry, now);
  // Shared care: say who logged it when it was someone else.
  const { family, userId } = useLogContext();
  const by =
    entry.caregiverId && entry.caregiverId !== userId
      ? family.caregivers.find((c) => c.userId === entry.caregiverId)?.name
      : undefined;

  return (
    <li className="card timeline-entry">
      <p className="entry-line">
        <span className="entry-time">{when}</span> <strong>{name}</strong>
        {detail ? <span> · {detail}</span> : null}
      </p>
      {entry.moments.length ? (
        <p className="entry-moments">{entry.moments.map((m) => t(`moment.${m}`)).join(", ")}</p>
      ) : null}
      {entry.note ? <p className="entry-note">{entry.note}</p> : null}
      {by ? <p className="entry-by">{t("timeline.by", { name: by })}</p> : null}
      {entry.refused ? (
        <p className="entry-refused">{t("timeline.refused", { reason: entry.refused })}</p>
      ) : null}
      {editing ? (
        <EntryEditor entry={entry} onClose={() => setEditing(false)} />
      ) : (
        <div className="button-row">
          <Button
            variant="quiet"
            onClick={() => setEditing(true)}
            aria-label={t("timeline.editLabel", { type: name, time: when })}
          >
            {t("timeline.edit")}
          </Button>
          <Button
            variant="quiet"
            onClick={onDelete}
            aria-label={t("timeline.deleteLabel", { type: name, time: when })}
          >
            {t("timeline.delete")}
          </Button>
        </div>
      )}
    </li>
  );
}
