// Check-ins in the case (measurement-based care): the clinician asks one caregiver for a screening once or on
// a schedule, and sees for the latest due date whether a result was shared. "Not shared yet" is all it says
// otherwise: whether a caregiver checked in and kept it to themself is theirs to tell.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_EVERY_WEEKS, MAX_TIMES, MIN_EVERY_WEEKS } from "../../../domain/checkin-request";
import {
  type CaseCheckIn,
  type NewCheckIn,
  useAskCheckIn,
  useCaseCheckIns,
  useStopCheckIn,
} from "../../api/assignments";
import { useInstruments } from "../../api/wellbeing";
import { StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { SelectField } from "../../components/SelectField";
import { useDateFormat } from "../guide/dates";
import { CaseLoading } from "./CaseLoading";
import type { CaseSectionProps } from "./caseSections";
import "../../i18n/assignments";
import "../../styles/care-team.css";
import "../../styles/assignments.css";

const weekChoices = Array.from(
  { length: MAX_EVERY_WEEKS - MIN_EVERY_WEEKS + 1 },
  (_, i) => i + MIN_EVERY_WEEKS,
);

export function CaseCheckins({ caseId, summary }: CaseSectionProps) {
  const { t } = useTranslation();
  const list = useCaseCheckIns(caseId);
  const ask = useAskCheckIn(caseId);
  const stop = useStopCheckIn(caseId);
  const offered = (useInstruments().data ?? []).filter((i) => i.available);
  const [caregiverId, setCaregiverId] = useState(summary.caregivers[0]?.userId ?? "");
  const [instrumentId, setInstrumentId] = useState("");
  const [startsOn, setStartsOn] = useState("");
  const [repeat, setRepeat] = useState<"once" | "repeat">("once");
  const [everyWeeks, setEveryWeeks] = useState("4");
  const [end, setEnd] = useState<"times" | "until">("times");
  const [times, setTimes] = useState("3");
  const [until, setUntil] = useState("");
  const [asked, setAsked] = useState(false);
  const chosenInstrument = instrumentId || offered[0]?.id || "";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ask.isPending || !caregiverId || !chosenInstrument) return;
    setAsked(false);
    const input: NewCheckIn = {
      caregiverId,
      instrumentId: chosenInstrument,
      ...(startsOn ? { startsOn } : {}),
      ...(repeat === "repeat"
        ? {
            everyWeeks: Number(everyWeeks),
            ...(end === "times" ? { times: Number(times) } : { until }),
          }
        : {}),
    };
    ask.mutate(input, { onSuccess: () => setAsked(true) });
  };

  return (
    <section aria-labelledby="case-checkins-heading" className="card stack care-team-section">
      <h2 id="case-checkins-heading">{t("checkinRequests.heading")}</h2>
      <p>{t("checkinRequests.intro")}</p>
      {list.data && !list.data.resultsShared ? (
        <p className="field-hint">{t("checkinRequests.notShared")}</p>
      ) : null}
      <form className="stack care-team-form" onSubmit={submit} noValidate>
        <SelectField
          label={t("checkinRequests.caregiver")}
          value={caregiverId}
          onChange={setCaregiverId}
          options={summary.caregivers.map((c) => ({ value: c.userId, label: c.name }))}
        />
        <SelectField
          label={t("checkinRequests.instrument")}
          value={chosenInstrument}
          onChange={setInstrumentId}
          options={offered.map((i) => ({ value: i.id, label: `${i.shortName} · ${i.name}` }))}
        />
        <Field
          label={t("checkinRequests.startsOn")}
          type="date"
          value={startsOn || list.data?.today || ""}
          min={list.data?.today}
          onChange={setStartsOn}
        />
        <ChoiceGroup
          legend={t("checkinRequests.how")}
          value={repeat}
          onChange={setRepeat}
          inline
          choices={[
            { value: "once", label: t("checkinRequests.once") },
            { value: "repeat", label: t("checkinRequests.repeat") },
          ]}
        />
        {repeat === "repeat" ? (
          <>
            <SelectField
              label={t("checkinRequests.everyWeeks")}
              value={everyWeeks}
              onChange={setEveryWeeks}
              options={weekChoices.map((n) => ({
                value: String(n),
                label: t("checkinRequests.weeks", { count: n }),
              }))}
            />
            <ChoiceGroup
              legend={t("checkinRequests.end")}
              value={end}
              onChange={setEnd}
              inline
              choices={[
                { value: "times", label: t("checkinRequests.byTimes") },
                { value: "until", label: t("checkinRequests.byDate") },
              ]}
            />
            {end === "times" ? (
              <Field
                label={t("checkinRequests.times")}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_TIMES}
                value={times}
                onChange={setTimes}
              />
            ) : (
              <Field
                label={t("checkinRequests.until")}
                type="date"
                value={until}
                min={startsOn || list.data?.today}
                onChange={setUntil}
              />
            )}
          </>
        ) : null}
        <ErrorAlert error={ask.error} />
        <Button type="submit" busy={ask.isPending} busyLabel={t("checkinRequests.asking")}>
          {t("checkinRequests.ask")}
        </Button>
        <StatusMessage>{asked ? t("checkinRequests.asked") : null}</StatusMessage>
      </form>
      <ErrorAlert error={list.error ?? stop.error} />
      <CaseLoading when={list.isPending} />
      {list.data && !list.data.items.length ? <p>{t("checkinRequests.none")}</p> : null}
      <ul className="care-team-list">
        {list.data?.items.map((r) => (
          <CaseCheckinItem key={r.id} request={r} busy={stop.isPending} onStop={() => stop.mutate(r.id)} />
        ))}
      </ul>
    </section>
  );
}

function CaseCheckinItem({
  request: r,
  busy,
  onStop,
}: {
  request: CaseCheckIn;
  busy: boolean;
  onStop: () => void;
}) {
  const { t, i18n } = useTranslation();
  const date = useDateFormat({ day: "numeric", month: "short", year: "numeric" });
  const what = t("checkinRequests.forWhom", { instrument: r.instrumentName, name: r.caregiver.name });
  const { everyWeeks, startsOn, times, until } = r.schedule;
  const schedule =
    everyWeeks === null
      ? t("checkinRequests.scheduleOnce", { date: date(startsOn) })
      : until
        ? t("checkinRequests.scheduleUntil", { weeks: everyWeeks, date: date(startsOn), until: date(until) })
        : t("checkinRequests.scheduleTimes", { weeks: everyWeeks, date: date(startsOn), times: times ?? 0 });
  return (
    <li className="checkin-request">
      <h3 className="assignment-title">{what}</h3>
      <p>{schedule}</p>
      <p className="assignment-status">
        {r.latestDueOn === null
          ? t("checkinRequests.notDueYet", { date: date(r.dueDates[0] ?? startsOn) })
          : r.shared
            ? t("checkinRequests.sharedResult", {
                date: date(r.latestDueOn),
                total: r.shared.total,
                completed: new Date(r.shared.completedAt).toLocaleDateString(i18n.language),
              })
            : t("checkinRequests.notSharedYet", { date: date(r.latestDueOn) })}
      </p>
      {r.stoppedAt ? (
        <p className="field-hint">
          {t("checkinRequests.stopped", { date: new Date(r.stoppedAt).toLocaleDateString(i18n.language) })}
        </p>
      ) : r.nextDueOn ? (
        <p className="field-hint">{t("checkinRequests.next", { date: date(r.nextDueOn) })}</p>
      ) : !r.running ? (
        <p className="field-hint">{t("checkinRequests.finished")}</p>
      ) : null}
      {r.running ? (
        <Button
          variant="secondary"
          aria-disabled={busy || undefined}
          aria-label={t("checkinRequests.stopNamed", { what })}
          onClick={onStop}
        >
          {t("checkinRequests.stop")}
        </Button>
      ) : null}
    </li>
  );
}
