// One day of care, oldest first, with previous/next day. Each entry can be edited or deleted (with undo).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addCalendarDays, dayBounds, localDate } from "../../../domain/time";
import { Button } from "../../components/Button";
import { removeEntry } from "../../log/actions";
import { useDescribe } from "../../log/describe";
import { useFamilyClock, useFamilyFormat } from "../../log/familyClock";
import { useLogContext } from "../../log/LogContext";
import { entriesBetween } from "../../log/queries";
import type { LocalEntry } from "../../log/types";
import { useFilledLive, useLogKnown } from "../../log/useLogKnown";
import { useNow } from "../../log/useNow";
import { LogListNote } from "../log/LogListNote";
import { EntryEditor } from "./EntryEditor";

export function Timeline({ onDeleted }: { onDeleted: (entry: LocalEntry) => void }) {
  const { t } = useTranslation();
  const { sync, baby, family } = useLogContext();
  const now = useNow(30_000);
  // Days are the family's calendar days. No choice means today, which moves on by itself at midnight.
  const today = localDate(now, family.timeZone);
  const [chosen, setChosen] = useState<string | null>(null);
  const day = chosen ?? today;
  const isToday = day === today;
  const [from, to] = dayBounds(day, family.timeZone);
  const known = useLogKnown();
  const entries = useFilledLive(
    (db) => entriesBetween(db, baby.id, new Date(from), new Date(to)),
    [baby.id, from, to],
  );
  const longDate = useFamilyFormat({ weekday: "long", day: "numeric", month: "long" });
  const dayName = isToday ? t("timeline.today") : longDate.format(from);
  const goTo = (next: string) => setChosen(next >= today ? null : next);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{dayName}</h2>
      <div className="button-row day-nav">
        <Button variant="secondary" onClick={() => goTo(addCalendarDays(day, -1))}>
          {t("timeline.previous")}
        </Button>
        {isToday ? null : (
          <Button variant="secondary" onClick={() => goTo(addCalendarDays(day, 1))}>
            {t("timeline.next")}
          </Button>
        )}
      </div>
      <LogListNote entries={entries} known={known} empty={t("timeline.empty")} />
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
  const clock = useFamilyClock();
  const describe = useDescribe();
  const [editing, setEditing] = useState(false);
  const name = t(`entryType.${entry.type}`);
  // An end equal to the start is a length not recorded (an imported bottle): one time, not "12:35–12:35".
  const when =
    entry.endedAt && entry.endedAt !== entry.startedAt
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
      {entry.cues.length ? (
        <p className="entry-moments">
          {t("cues.seen", { cues: entry.cues.map((c) => t(`cues.option.${c}`)).join(", ") })}
        </p>
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
