// "This overlaps another entry": asked before saving, never refused. Twins feed at once and a forgotten
// timer happens; the caregiver decides. The check runs on this phone's copy of the log (log/overlap.ts).
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { durationTypes } from "../../../../domain/entries/vocabulary";
import { Button } from "../../../components/Button";
import { useFamilyClock } from "../../../log/familyClock";
import { useLogContext } from "../../../log/LogContext";
import { type Candidate, findOverlap } from "../../../log/overlap";
import type { LocalEntry } from "../../../log/types";

interface Pending {
  other: LocalEntry;
  proceed: () => unknown;
}

export interface OverlapGuard {
  /** Runs `proceed` at once when nothing overlaps; otherwise shows the warning and waits for a choice. */
  guard: (candidate: Candidate, proceed: () => unknown) => Promise<void>;
  /** The warning to render where the Save button was, or null. */
  warning: ReactNode;
}

export function useOverlapGuard(onChangeTime: () => void): OverlapGuard {
  const { sync, baby } = useLogContext();
  const [pending, setPending] = useState<Pending | null>(null);
  return {
    guard: async (candidate, proceed) => {
      const other = await findOverlap(sync.db, baby.id, candidate);
      if (other) setPending({ other, proceed });
      else await proceed();
    },
    warning: pending ? (
      <OverlapWarning
        other={pending.other}
        onSave={() => {
          setPending(null);
          void pending.proceed();
        }}
        onChangeTime={() => {
          setPending(null);
          onChangeTime();
        }}
      />
    ) : null,
  };
}

function OverlapWarning({
  other,
  onSave,
  onChangeTime,
}: {
  other: LocalEntry;
  onSave: () => void;
  onChangeTime: () => void;
}) {
  const { t } = useTranslation();
  const clock = useFamilyClock();
  const ref = useRef<HTMLDivElement>(null);
  // The warning takes the place of the button that was tapped, so focus goes to it rather than being lost.
  useEffect(() => ref.current?.focus(), []);
  const when = other.endedAt
    ? t("timeline.range", { from: clock(other.startedAt), to: clock(other.endedAt) })
    : durationTypes.has(other.type)
      ? t("editor.overlap.since", { time: clock(other.startedAt) })
      : clock(other.startedAt);
  return (
    <div className="overlap-warning" role="alert" tabIndex={-1} ref={ref}>
      <p>{t("editor.overlap.message", { type: t(`entryType.${other.type}`), when })}</p>
      <p>{t("editor.overlap.question")}</p>
      <div className="button-row">
        <Button onClick={onSave}>{t("editor.overlap.saveAnyway")}</Button>
        <Button variant="secondary" onClick={onChangeTime}>
          {t("editor.overlap.changeTime")}
        </Button>
      </div>
    </div>
  );
}
