// Check-ins: the questionnaires this person can take, a gentle suggestion of when (which they can turn off),
// and their own past results per instrument as a chart and a table. Private to the person who answered.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { getInstrument } from "../../../content/instruments";
import { stageFit } from "../../../domain/screening/fit";
import { useUpdatePreferences } from "../../api/preferences";
import type { Preferences } from "../../api/types";
import {
  type InstrumentSummary,
  type Screening,
  suggestionsKey,
  useInstruments,
  useScreenings,
  useSuggestions,
} from "../../api/wellbeing";
import { Alert } from "../../components/Alert";
import { Page } from "../../components/Page";
import { useHelpRegion } from "../../help/useHelpRegion";
import { currentLocale } from "../../i18n";
import { ThoughtRecordsLink } from "../thoughts/ThoughtRecordsLink";
import { hasProgress } from "./progress";
import { supportSearch } from "./supportSearch";
import { TrendChart } from "./TrendChart";
import { useStage } from "./useStage";
import { WaitingCheckIns } from "./WaitingCheckIns";
import "../../i18n/wellbeing";
import "../../styles/wellbeing.css";

export default function Wellbeing() {
  const { t } = useTranslation();
  const instruments = useInstruments().data ?? [];
  const stage = useStage();
  // Only what fits where the person is: no pregnancy reflection after the birth, no bonding questionnaire
  // before it. One that does not fit still opens from its address, with a note (CheckIn.tsx).
  const shown = instruments.filter((i) => stageFit(i, stage ?? notKnownYet) === "fits");
  return (
    <Page title={t("wellbeing.title")} intro={t("wellbeing.intro")} className="wellbeing-page">
      <p className="wellbeing-private">{t("wellbeing.private")}</p>
      <WaitingCheckIns />
      <Suggestions instruments={instruments} />
      <section aria-labelledby="wb-available">
        <h2 id="wb-available">{t("wellbeing.available")}</h2>
        <ul className="instrument-list">
          {shown
            .filter((i) => i.available)
            .map((i) => (
              <InstrumentCard key={i.id} instrument={i} />
            ))}
        </ul>
      </section>
      <PastResults instruments={instruments} />
      <ThoughtRecordsLink />
      <NotHereYet instruments={shown.filter((i) => !i.available)} />
    </Page>
  );
}

/**
 * While the stage is not known yet only the questionnaires that fit any stage are listed, so none is
 * offered and then taken away when the answer arrives.
 */
const notKnownYet = { expecting: false, afterBirth: false };

/**
 * Questionnaires this server does not offer (their wording is not included, or not checked yet), in
 * words for a parent: why is the admin's business (the setup notes on /admin), where to get one is theirs.
 */
function NotHereYet({ instruments }: { instruments: InstrumentSummary[] }) {
  const { t } = useTranslation();
  const [region] = useHelpRegion();
  if (!instruments.length) return null;
  return (
    <section aria-labelledby="wb-not-here">
      <h2 id="wb-not-here">{t("wellbeing.notHere.heading")}</h2>
      <p>{t("wellbeing.notHere.intro")}</p>
      <ul>
        {instruments.map((i) => (
          <li key={i.id}>{i.name}</li>
        ))}
      </ul>
      <p>
        <Link to={supportSearch(null, region)}>{t("wellbeing.notHere.findSupport")}</Link>
      </p>
    </section>
  );
}

function InstrumentCard({ instrument: i }: { instrument: InstrumentSummary }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  return (
    <li className="instrument-card">
      <h3>{i.name}</h3>
      <p className="instrument-meta">
        {[
          ...i.audience.map((a) => t(`wellbeing.audience.${a}` as "wellbeing.audience.any_parent")),
          t("wellbeing.questionCount", { count: i.itemCount }),
          ...(lang !== "en" && !i.languages.includes(lang) ? [t("wellbeing.englishOnly")] : []),
        ].join(" · ")}
      </p>
      <Link className="button button-primary" to={`/wellbeing/${i.id}`}>
        {hasProgress(i.id)
          ? t("wellbeing.resume", { name: i.shortName })
          : t("wellbeing.start", { name: i.shortName })}
      </Link>
    </li>
  );
}

function Suggestions({ instruments }: { instruments: InstrumentSummary[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const suggestions = useSuggestions().data;
  const [changed, setChanged] = useState<"on" | "off" | null>(null);
  const updatePreferences = useUpdatePreferences();
  if (!suggestions) return null;
  const on = suggestions.reminders;
  const due = suggestions.items.filter(
    (s) => s.status === "due" && instruments.some((i) => i.id === s.instrumentId && i.available),
  );
  const toggle = () =>
    updatePreferences.mutate({ checkinReminders: !on } as Partial<Preferences>, {
      onSuccess: () => {
        setChanged(on ? "off" : "on");
        void queryClient.invalidateQueries({ queryKey: suggestionsKey });
      },
    });
  const until = (date: string) =>
    new Date(`${date}T12:00:00`).toLocaleDateString(i18n.language, { dateStyle: "long" });
  if (!on)
    return (
      <section className="wellbeing-suggestions" aria-labelledby="wb-suggest">
        <h2 id="wb-suggest">{t("wellbeing.suggestions.heading")}</h2>
        <p>{t("wellbeing.suggestions.turnedOff")}</p>
        <button type="button" className="button button-quiet" onClick={toggle}>
          {t("wellbeing.suggestions.on")}
        </button>
      </section>
    );
  if (!due.length && changed !== "on") return null;
  return (
    <section className="wellbeing-suggestions" aria-labelledby="wb-suggest">
      <h2 id="wb-suggest">{t("wellbeing.suggestions.heading")}</h2>
      {changed === "on" ? <p>{t("wellbeing.suggestions.turnedOn")}</p> : null}
      <ul>
        {due.map((s) => {
          const instrument = instruments.find((i) => i.id === s.instrumentId);
          return (
            <li key={s.key}>
              <Link to={`/wellbeing/${s.instrumentId}`}>
                {t("wellbeing.suggestions.due", { name: instrument?.shortName ?? s.instrumentId })}
              </Link>{" "}
              <span>{t("wellbeing.suggestions.until", { date: until(s.until) })}</span>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button-quiet" onClick={toggle}>
        {t("wellbeing.suggestions.off")}
      </button>
    </section>
  );
}

function PastResults({ instruments }: { instruments: InstrumentSummary[] }) {
  const { t } = useTranslation();
  const screenings = useScreenings();
  const all = screenings.data ?? [];
  const byInstrument = new Map<string, Screening[]>();
  for (const s of all) byInstrument.set(s.instrumentId, [...(byInstrument.get(s.instrumentId) ?? []), s]);
  return (
    <section aria-labelledby="wb-past">
      <h2 id="wb-past">{t("wellbeing.past.heading")}</h2>
      {screenings.isError ? <Alert>{t("wellbeing.loadFailed")}</Alert> : null}
      {screenings.isSuccess && !all.length ? <p>{t("wellbeing.past.none")}</p> : null}
      {[...byInstrument.entries()].map(([id, list]) => {
        const definition = getInstrument(id);
        const name = instruments.find((i) => i.id === id)?.shortName ?? id;
        if (!definition) return null;
        return <TrendChart key={id} name={name} definition={definition} screenings={list} />;
      })}
    </section>
  );
}
