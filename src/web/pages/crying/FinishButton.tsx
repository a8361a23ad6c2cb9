// One tap to log the crying spell as a soothing entry, from when the helper opened until now, with what was
// tried; saved on this phone first (the outbox sends it), so it works offline. Then back to Today.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { MAX_DURATION_MS } from "../../../domain/entries/vocabulary";
import type { SoothingMethod } from "../../../domain/guidance/soothing";
import { Button } from "../../components/Button";
import { addEntry } from "../../log/actions";
import { useLogContext } from "../../log/LogContext";

interface FinishButtonProps {
  openedAt: number;
  tried: readonly SoothingMethod[];
  /** The last step's main action; before that, Next is. */
  primary: boolean;
}

export function FinishButton({ openedAt, tried, primary }: FinishButtonProps) {
  const { t } = useTranslation();
  const { sync, baby } = useLogContext();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const hintId = useId();

  async function finish() {
    setBusy(true);
    // An entry must end after it starts and last under a day, even if the helper was open a second or all night.
    const end = Math.max(Date.now(), openedAt + 1000);
    const start = Math.max(openedAt, end - MAX_DURATION_MS + 60_000);
    await addEntry(sync, baby.id, {
      type: "soothing",
      startedAt: new Date(start).toISOString(),
      endedAt: new Date(end).toISOString(),
      details: { helped: [...tried] },
    });
    navigate("/");
  }

  return (
    <div className="crying-finish">
      <Button
        variant={primary ? "primary" : "secondary"}
        busy={busy}
        busyLabel={t("crying.finish.logging")}
        onClick={() => void finish()}
        aria-describedby={hintId}
      >
        {t("crying.finish.log")}
      </Button>
      <p className="field-hint" id={hintId}>
        {t("crying.finish.hint")}
      </p>
    </div>
  );
}
