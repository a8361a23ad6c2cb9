// "Step away safely": how to put the baby down and leave the room, and a countdown (5 to 10 minutes) that
// says when to go back. Stepping away is the safe choice when it gets too much (CDC; ICON).
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { SelectField } from "../../components/SelectField";
import { useNow } from "../../log/useNow";

const choices = ["5", "6", "7", "8", "9", "10"] as const;
type Minutes = (typeof choices)[number];

function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function StepAway({ babyName }: { babyName: string }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState<Minutes>("5");
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const headingId = useId();
  const now = useNow(500);
  const total = Number(minutes) * 60_000;
  // `now` ticks twice a second, so just after Start it can lag behind: never show more than the whole.
  const left = endsAt === null ? total : Math.min(total, endsAt - now);

  useEffect(() => {
    if (endsAt === null || now < endsAt) return;
    setEndsAt(null);
    setDone(true);
    // A gentle buzz for a phone in a pocket; no sound, so the baby is not startled.
    navigator.vibrate?.([300, 200, 300]);
  }, [endsAt, now]);

  return (
    <section className="card crying-step-away" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("crying.help.stepAwayHeading")}</h3>
      <ol>
        <li>{t("crying.help.stepAwaySteps.lay", { name: babyName })}</li>
        <li>{t("crying.help.stepAwaySteps.leave", { name: babyName })}</li>
        <li>{t("crying.help.stepAwaySteps.breathe")}</li>
        <li>{t("crying.help.stepAwaySteps.return", { name: babyName })}</li>
      </ol>
      {endsAt === null ? (
        <SelectField
          label={t("crying.help.minutes")}
          value={minutes}
          onChange={setMinutes}
          options={choices.map((m) => ({
            value: m,
            label: t("crying.help.minutesOption", { count: Number(m) }),
          }))}
        />
      ) : null}
      <p className="crying-countdown">
        <span className="field-hint">{t("crying.help.timeLeft")}</span>{" "}
        {/* role=timer is not read out every second; the end is announced by the status below. */}
        <span role="timer" className="timer-clock">
          {clock(left)}
        </span>
      </p>
      {endsAt === null ? (
        <Button
          variant="secondary"
          onClick={() => {
            setDone(false);
            setEndsAt(Date.now() + total);
          }}
        >
          {t("crying.help.start")}
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => setEndsAt(null)}>
          {t("crying.help.stop")}
        </Button>
      )}
      <StatusMessage>{done ? t("crying.help.done", { name: babyName }) : null}</StatusMessage>
    </section>
  );
}
