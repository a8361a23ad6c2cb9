// Today: log in a tap or two, see what happened, all from this phone's copy of the log. Every tap shows its
// result where the thumb is: choices and moments in a sheet at the bottom, "started · Undo" above the bars,
// and care going on now pinned above the tab bar (src/web/pages/running, on every screen).
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { durationTypes } from "../../domain/entries/vocabulary";
import { Page } from "../components/Page";
import { removeEntry, restoreEntry } from "../log/actions";
import { useLogContext } from "../log/LogContext";
import type { LocalEntry } from "../log/types";
import { BabyAgeLine } from "./log/BabyAgeLine";
import { CryingLink } from "./today/CryingLink";
import { DailyIdea } from "./today/ideas/DailyIdea";
import { MomentChips } from "./today/MomentChips";
import { QuickLog } from "./today/QuickLog";
import { RunningIdea } from "./today/RunningIdea";
import { SavedToast } from "./today/SavedToast";
import { SinceLast } from "./today/SinceLast";
import { Timeline } from "./today/Timeline";
import { ZoneNote } from "./today/ZoneNote";

type Notice = { kind: "started" | "deleted"; entry: LocalEntry };

export default function Today() {
  const { t } = useTranslation();
  const { baby, family, sync } = useLogContext();
  const [justLogged, setJustLogged] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const clearNotice = useCallback(() => setNotice(null), []);

  return (
    <Page title={t("today.title")} heading={t("today.heading", { name: baby.name })} className="log-page">
      <BabyAgeLine baby={baby} timeZone={family.timeZone} />
      <ZoneNote />
      <CryingLink />
      <QuickLog
        onLogged={(entry) => {
          // A diaper or other moment-in-time entry asks about moments now; timed care asks when it stops
          // (from the pinned bar), and a note is words already.
          if (entry.endedAt !== null || (!durationTypes.has(entry.type) && entry.type !== "note")) {
            setNotice(null);
            setJustLogged(entry.id);
          } else setNotice({ kind: "started", entry });
        }}
      />
      {/* One idea for a moment at a time: the after-logging sheet's, else the running care's. */}
      {justLogged ? null : <RunningIdea />}
      <SinceLast />
      <DailyIdea />
      <Timeline onDeleted={(entry) => setNotice({ kind: "deleted", entry })} />
      {justLogged ? <MomentChips entryId={justLogged} onDone={() => setJustLogged(null)} /> : null}
      {notice ? (
        <SavedToast
          key={`${notice.kind}:${notice.entry.id}`}
          message={t(notice.kind === "started" ? "saved.started" : "timeline.deleted", {
            type: t(`entryType.${notice.entry.type}`),
          })}
          onUndo={() => {
            if (notice.kind === "started") void removeEntry(sync, notice.entry.id);
            else void restoreEntry(sync, notice.entry.id);
            setNotice(null);
          }}
          onDone={clearNotice}
        />
      ) : null}
    </Page>
  );
}
