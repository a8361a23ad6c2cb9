// Today: log in a tap or two, see what is running and what happened, all from this phone's copy of the log.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { durationTypes } from "../../domain/entries/vocabulary";
import { Button } from "../components/Button";
import { Page } from "../components/Page";
import { restoreEntry } from "../log/actions";
import { useLogContext } from "../log/LogContext";
import type { LocalEntry } from "../log/types";
import { BabyAgeLine } from "./log/BabyAgeLine";
import { CryingLink } from "./today/CryingLink";
import { DailyIdea } from "./today/ideas/DailyIdea";
import { MomentChips } from "./today/MomentChips";
import { QuickLog } from "./today/QuickLog";
import { SinceLast } from "./today/SinceLast";
import { Timeline } from "./today/Timeline";
import { Timers } from "./today/Timers";
import { ZoneNote } from "./today/ZoneNote";

export default function Today() {
  const { t } = useTranslation();
  const { baby, family, sync } = useLogContext();
  const [justLogged, setJustLogged] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<LocalEntry | null>(null);

  return (
    <Page title={t("today.title")} heading={t("today.heading", { name: baby.name })} className="log-page">
      <BabyAgeLine baby={baby} timeZone={family.timeZone} />
      <ZoneNote />
      <CryingLink />
      <p className="status-message" role="status">
        {deleted ? (
          <>
            {t("timeline.deleted", { type: t(`entryType.${deleted.type}`) })}{" "}
            <Button
              variant="quiet"
              onClick={() => {
                void restoreEntry(sync, deleted.id);
                setDeleted(null);
              }}
            >
              {t("timeline.undo")}
            </Button>
          </>
        ) : null}
      </p>
      {justLogged ? <MomentChips entryId={justLogged} onDone={() => setJustLogged(null)} /> : null}
      {/* One idea for a moment at a time: the after-logging row's, else the running timer's. */}
      <Timers onStopped={(entry) => setJustLogged(entry.id)} showIdea={!justLogged} />
      <QuickLog
        onLogged={(entry) => {
          // Timed care gets its moments when it stops; a diaper or other moment-in-time entry gets them now
          // (a note is words already).
          if (entry.endedAt !== null || (!durationTypes.has(entry.type) && entry.type !== "note"))
            setJustLogged(entry.id);
        }}
      />
      <SinceLast />
      <DailyIdea />
      <Timeline onDeleted={setDeleted} />
    </Page>
  );
}
