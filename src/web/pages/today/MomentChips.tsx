// After logging: "any moments together?", what the baby showed, and (only for you) how connected you felt.
// Each tap is saved at once; skipping is always fine. It rises in a sheet at the bottom of the screen, in
// view of the thumb that just logged, and starts with what was saved and a way to undo it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { Sheet } from "../../components/Sheet";
import { editEntry, removeEntry } from "../../log/actions";
import { useFamilyClock } from "../../log/familyClock";
import { useLogContext } from "../../log/LogContext";
import type { LocalEntry } from "../../log/types";
import { useLive } from "../../log/useLive";
import { CuesField, FeelingField, MomentsField } from "./details/ConnectionFields";
import { MomentIdea } from "./ideas/MomentIdea";
import "../../styles/details.css";

type Connection = Pick<LocalEntry, "moments" | "cues" | "feeling">;

export function MomentChips({ entryId, onDone }: { entryId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { sync, baby } = useLogContext();
  const clock = useFamilyClock();
  const entry = useLive(() => sync.db.entries.get(entryId), [sync, entryId]);
  // What was tapped shows at once (a radio must not spring back while the save is under way); the saved
  // entry is the starting point and stays the truth for everything else.
  // Kept per entry: logging the next one while these chips are open starts afresh.
  const [tapped, setTapped] = useState<{ id: string; patch: Partial<Connection> }>({
    id: entryId,
    patch: {},
  });
  if (!entry) return null;
  const mine = tapped.id === entryId ? tapped.patch : {};
  const shown: Connection = { moments: entry.moments, cues: entry.cues, feeling: entry.feeling, ...mine };
  const change = (patch: Partial<Connection>) => {
    setTapped({ id: entryId, patch: { ...mine, ...patch } });
    void editEntry(sync, entryId, patch);
  };
  const answered = shown.moments.length > 0 || shown.cues.length > 0 || shown.feeling !== null;

  return (
    <Sheet
      className="moments"
      title={t("moments.heading", { type: t(`entryType.${entry.type}`) })}
      closeLabel={answered ? t("moments.done") : t("moments.skip")}
      onClose={onDone}
    >
      <p className="saved-line" role="status">
        <span>{t("saved.logged", { type: t(`entryType.${entry.type}`), time: clock(entry.startedAt) })}</span>
        <Button
          variant="secondary"
          onClick={() => {
            void removeEntry(sync, entryId);
            onDone();
          }}
        >
          {t("timeline.undo")}
        </Button>
      </p>
      <p className="field-hint">{t("moments.hint")}</p>
      <div className="stack compact-stack">
        <MomentsField legendHidden selected={shown.moments} onChange={(moments) => change({ moments })} />
        <CuesField selected={shown.cues} onChange={(cues) => change({ cues })} babyName={baby.name} />
        <FeelingField value={shown.feeling} onChange={(feeling) => change({ feeling })} />
      </div>
      <MomentIdea key={entryId} entryId={entryId} type={entry.type} />
    </Sheet>
  );
}
