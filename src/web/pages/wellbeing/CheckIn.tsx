// The generic renderer: any instrument, one question per screen, with progress, Back and Next, and the
// answers kept on this phone until submitted. Safety is checked on every answer, from the answers alone: the
// moment one raises a flag, the crisis panel replaces the question, before any score and before going on.
// Finishing without a connection still shows the result (scored here, exactly as the server scores it), and
// queues the check-in on this phone under a clientId made once for it; it is sent when the connection comes
// back (src/web/app/CheckInSync.tsx), and stored once however many times it is sent.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { uuidv7 } from "../../../domain/ids";
import type { InstrumentDefinition } from "../../../domain/screening/definition";
import { stageFit } from "../../../domain/screening/fit";
import { type ScreeningAnswer, safetyFlags, scoreScreening } from "../../../domain/screening/score";
import { useMe } from "../../api/account";
import {
  deliveredAs,
  dropCheckIn,
  type QueuedCheckIn,
  queueCheckIn,
  queuedCheckIns,
  unqueueCheckIn,
  useCheckInQueue,
} from "../../api/checkInQueue";
import { isNetworkError } from "../../api/client";
import { isFinalRefusal } from "../../api/sendCheckIns";
import { useInstrument, useSubmitScreening } from "../../api/wellbeing";
import { Alert, StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Page } from "../../components/Page";
import { CrisisPanel } from "../../help/CrisisPanel";
import { useHelpRegion } from "../../help/useHelpRegion";
import { currentLocale } from "../../i18n";
import { clearProgress, loadProgress, type Progress, saveProgress } from "./progress";
import { ResultView } from "./ResultView";
import { supportSearch } from "./supportSearch";
import { aboutABaby, isTranslated, wording } from "./text";
import { useBabies } from "./useBabies";
import { useStage } from "./useStage";

export default function CheckIn() {
  const { instrumentId = "" } = useParams();
  const { t } = useTranslation();
  const definition = useInstrument(instrumentId);
  if (definition.isPending) return <p>{t("app.loading")}</p>;
  const found = definition.data;
  if (!found) return <Page title={t("checkin.notFound")} />;
  if (!found.attune.available) return <NotOfferedHere definition={found} />;
  return <Questions definition={found} />;
}

/** A questionnaire this server does not offer, opened from its address: where else to get it. */
function NotOfferedHere({ definition }: { definition: InstrumentDefinition }) {
  const { t } = useTranslation();
  const [region] = useHelpRegion();
  return (
    <Page title={definition.attune.shortName} intro={t("checkin.unavailable")} className="checkin-page">
      <p>
        <Link to={supportSearch(definition.id, region)}>{t("wellbeing.notHere.findSupport")}</Link>
      </p>
      <p>
        <Link to="/wellbeing">{t("result.backToList")}</Link>
      </p>
    </Page>
  );
}

/** For one the person's list leaves out (a pregnancy reflection after the birth): why, and that it is fine. */
function StageNote({ instrumentId, audience }: { instrumentId: string; audience: readonly string[] }) {
  const { t } = useTranslation();
  const stage = useStage();
  const fit = stage ? stageFit({ id: instrumentId, audience }, stage) : "fits";
  if (fit === "fits") return null;
  return (
    <p className="checkin-language-note">
      {fit === "pregnancy_only" ? t("checkin.pregnancyOnly") : t("checkin.afterBirthOnly")}
    </p>
  );
}

const answerList = (answers: Record<string, number>): ScreeningAnswer[] =>
  Object.entries(answers).map(([item, option]) => ({ item, option }));

function Questions({ definition }: { definition: InstrumentDefinition }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const navigate = useNavigate();
  const id = definition.id;
  const [progress, setProgress] = useState<Progress>(() => loadProgress(id));
  const [crisisOpen, setCrisisOpen] = useState(
    () => safetyFlags(definition, answerList(loadProgress(id).answers)).length > 0,
  );
  const [acknowledged, setAcknowledged] = useState<string[]>([]);
  const [region, setRegion] = useHelpRegion();
  const [needAnswer, setNeedAnswer] = useState(false);
  // Finished while offline: the check-in as queued, shown as an offline result until it is sent.
  const [offline, setOffline] = useState<QueuedCheckIn | null>(null);
  const userId = useMe().data?.user.id;
  const waiting = useCheckInQueue(userId).queued;
  const submit = useSubmitScreening();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const babies = useBabies();
  const needsBaby = aboutABaby(id);
  const babyId = needsBaby ? (progress.babyId ?? babies[0]?.id) : undefined;

  const items = definition.item;
  const index = Math.min(progress.index, items.length - 1);
  const item = items[index];
  const flags = safetyFlags(definition, answerList(progress.answers));

  // Focus each new question's heading (the first is focused by the page's own heading).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the question changes
  useEffect(() => {
    if (moved.current && !crisisOpen) headingRef.current?.focus();
  }, [index, crisisOpen]);

  const update = (next: Progress) => {
    setProgress(next);
    saveProgress(id, next);
  };

  if (!item) return null;
  const translated = isTranslated(definition, lang);
  const title = definition.attune.shortName;
  const question = wording(item.text, item.translations, definition, lang);
  const intro = wording(definition.attune.intro.text, definition.attune.intro.translations, definition, lang);
  const chosen = progress.answers[item.linkId];
  const last = index === items.length - 1;

  const choose = (option: number) => {
    setNeedAnswer(false);
    const answers = { ...progress.answers, [item.linkId]: option };
    update({ ...progress, answers });
    // Safety first: the rule is checked on the answers alone, the instant one is chosen.
    const raised = safetyFlags(definition, answerList(answers));
    if (raised.some((f) => !acknowledged.includes(f.item))) setCrisisOpen(true);
  };

  const goTo = (next: number) => {
    moved.current = true;
    update({ ...progress, index: next });
  };

  const finish = () => {
    if (needsBaby && !babyId) return;
    const answers = items.map((i) => ({ item: i.linkId, option: progress.answers[i.linkId] ?? -1 }));
    const missing = answers.findIndex((a) => a.option < 0);
    if (missing >= 0) {
      goTo(missing);
      setNeedAnswer(true);
      return;
    }
    // Made once and kept with the answers, so every later send of this check-in is the same one.
    const clientId = progress.clientId ?? uuidv7();
    if (!progress.clientId) update({ ...progress, clientId });
    send({
      instrumentId: id,
      subject: babyId ? { babyId } : "self",
      lang,
      answers,
      clientId,
      queuedAt: Date.now(),
    });
  };

  const send = (checkIn: QueuedCheckIn) => {
    const { queuedAt, ...rest } = checkIn;
    // A retry of one that waited on this phone keeps the time it was finished.
    const body =
      Date.now() - queuedAt > 60_000 ? { ...rest, completedAt: new Date(queuedAt).toISOString() } : rest;
    submit.mutate(body, {
      onSuccess: (screening) => {
        clearProgress(id);
        if (userId) unqueueCheckIn(userId, checkIn.clientId);
        navigate(`/wellbeing/results/${screening.id}`, { state: { fresh: true } });
      },
      onError: (error: unknown) => {
        if (isNetworkError(error)) {
          // Waiting on this phone now, so the answers in progress are done with (unless it could not be kept).
          if (userId && queueCheckIn(userId, checkIn)) clearProgress(id);
          setOffline(checkIn);
        } else if (
          userId &&
          isFinalRefusal(error) &&
          queuedCheckIns(userId).some((q) => q.clientId === checkIn.clientId)
        ) {
          // A queued one the server will never take: off the queue, with the notice on /wellbeing.
          dropCheckIn(userId, checkIn, error);
        }
      },
    });
  };

  if (offline) {
    const outcome = scoreScreening(definition, offline.answers);
    // Sent by the background sender while this was on screen (the connection came back).
    const sentAs = waiting.some((q) => q.clientId === offline.clientId)
      ? undefined
      : deliveredAs(offline.clientId);
    return (
      <Page title={t("result.title", { name: title })}>
        {sentAs ? (
          <StatusMessage>
            {t("checkin.sentNow")} <Link to={`/wellbeing/results/${sentAs}`}>{t("checkin.seeSaved")}</Link>
          </StatusMessage>
        ) : (
          <Alert>{t("checkin.offlineResult")}</Alert>
        )}
        {outcome.ok ? (
          <ResultView
            definition={definition}
            total={outcome.score.total}
            subscales={outcome.score.subscales}
            flags={outcome.score.flags}
            criteria={outcome.score.criteria}
          />
        ) : null}
        <ErrorAlert error={submit.error && !isNetworkError(submit.error) ? submit.error : null} />
        {sentAs ? null : (
          <Button onClick={() => send(offline)} busy={submit.isPending} busyLabel={t("checkin.finishing")}>
            {t("checkin.retry")}
          </Button>
        )}
      </Page>
    );
  }

  return (
    <Page title={definition.title} heading={title} className="checkin-page">
      {translated ? null : <p className="checkin-language-note">{t("checkin.notTranslated")}</p>}
      {/* An "about a baby" questionnaire before any birth already says to add the baby, below. */}
      {needsBaby && !babies.length ? null : (
        <StageNote instrumentId={id} audience={definition.attune.audience} />
      )}
      {crisisOpen ? (
        <CrisisPanel
          flags={flags}
          region={region}
          onRegionChange={setRegion}
          onContinue={() => {
            setAcknowledged(flags.map((f) => f.item));
            moved.current = true;
            setCrisisOpen(false);
          }}
        />
      ) : (
        <>
          <p className="checkin-intro" lang={intro.lang}>
            {intro.text}
          </p>
          {needsBaby ? (
            babies.length ? (
              babies.length > 1 ? (
                <fieldset className="choice-group">
                  <legend>{t("checkin.whichBaby")}</legend>
                  <div className="choices">
                    {babies.map((b) => (
                      <label key={b.id} className="choice">
                        <input
                          type="radio"
                          name="checkin-baby"
                          checked={b.id === babyId}
                          onChange={() => update({ ...progress, babyId: b.id })}
                        />
                        <span>{b.name}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null
            ) : (
              <p>
                {t("checkin.noBaby")} <Link to="/family">{t("nav.family")}</Link>
              </p>
            )
          ) : null}
          <StatusMessage>{t("checkin.progress", { current: index + 1, total: items.length })}</StatusMessage>
          <div className="checkin-bar" aria-hidden="true">
            <span style={{ width: `${((index + 1) / items.length) * 100}%` }} />
          </div>
          <fieldset className="choice-group checkin-question" key={item.linkId}>
            <legend>
              <h2 ref={headingRef} tabIndex={-1} lang={question.lang}>
                {question.text}
              </h2>
            </legend>
            <div className="choices">
              {item.answerOption.map((option, k) => {
                const label = wording(option.valueCoding.display, option.translations, definition, lang);
                return (
                  <label key={option.valueCoding.code} className="choice">
                    <input
                      type="radio"
                      name={`q-${item.linkId}`}
                      checked={chosen === k}
                      onChange={() => choose(k)}
                    />
                    <span lang={label.lang}>{label.text}</span>
                  </label>
                );
              })}
            </div>
          </fieldset>
          {needAnswer ? <Alert>{t("checkin.chooseFirst")}</Alert> : null}
          <ErrorAlert error={submit.error && !isNetworkError(submit.error) ? submit.error : null} />
          <div className="checkin-actions">
            {index > 0 ? (
              <Button variant="secondary" onClick={() => goTo(index - 1)}>
                {t("checkin.back")}
              </Button>
            ) : null}
            <Button
              onClick={() => {
                if (chosen === undefined) return setNeedAnswer(true);
                if (last) finish();
                else goTo(index + 1);
              }}
              busy={submit.isPending}
              busyLabel={t("checkin.finishing")}
            >
              {last ? t("checkin.finish") : t("checkin.next")}
            </Button>
          </div>
          <p className="checkin-saved">{t("checkin.savedOnPhone")}</p>
          <p className="checkin-copyright">{definition.copyright}</p>
          {/* The credit a licence asks for (CC BY: City BiTS, MAAS), in full on the first screen. */}
          {index === 0 && definition.attune.licence.attribution ? (
            <p className="checkin-copyright checkin-credit">{definition.attune.licence.attribution}</p>
          ) : null}
        </>
      )}
    </Page>
  );
}
