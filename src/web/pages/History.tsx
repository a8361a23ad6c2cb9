// Everything logged, newest first, one type at a time if you like. A page at a time (PAGE entries), so three
// years of a baby's log never lands on a phone at once; "Show older" reads the next page from this device.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type EntryType, entryTypes } from "../../domain/entries/vocabulary";
import { Button } from "../components/Button";
import { Page } from "../components/Page";
import { SelectField } from "../components/SelectField";
import { useDescribe } from "../log/describe";
import { useFamilyFormat } from "../log/familyClock";
import { useLogContext } from "../log/LogContext";
import { newestFirst } from "../log/queries";
import { useFilledLive, useLogKnown } from "../log/useLogKnown";
import { LogListNote } from "./log/LogListNote";

const PAGE = 50;

export default function History() {
  const { t } = useTranslation();
  const { baby } = useLogContext();
  const describe = useDescribe();
  const [type, setType] = useState<EntryType | "all">("all");
  const [limit, setLimit] = useState(PAGE);
  const known = useLogKnown();
  const entries = useFilledLive((db) => newestFirst(db, baby.id, type, limit + 1), [baby.id, type, limit]);
  // On the family's clock, like Today and Week.
  const when = useFamilyFormat({
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
  });
  const now = Date.now();

  return (
    <Page title={t("history.title")} className="log-page">
      <SelectField
        label={t("history.filter")}
        value={type}
        onChange={(next) => {
          setType(next);
          setLimit(PAGE);
        }}
        options={[
          { value: "all" as const, label: t("history.all") },
          ...entryTypes.map((value) => ({ value, label: t(`entryType.${value}`) })),
        ]}
      />
      <LogListNote entries={entries} known={known} empty={t("history.empty")} />
      <ol className="timeline-list">
        {(entries ?? []).slice(0, limit).map((entry) => {
          const detail = describe(entry, now);
          return (
            <li key={entry.id} className="card timeline-entry">
              <p className="entry-line">
                <span className="entry-time">{when.format(new Date(entry.startedAt))}</span>{" "}
                <strong>{t(`entryType.${entry.type}`)}</strong>
                {detail ? <span> · {detail}</span> : null}
              </p>
              {entry.moments.length ? (
                <p className="entry-moments">{entry.moments.map((m) => t(`moment.${m}`)).join(", ")}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {/* One more than a page was read: there is at least one older entry to show. */}
      {entries && entries.length > limit ? (
        <Button variant="secondary" onClick={() => setLimit(limit + PAGE)}>
          {t("history.older")}
        </Button>
      ) : null}
    </Page>
  );
}
