// On /wellbeing: how many check-ins finished offline are still waiting on this phone, and any the server
// refused (and so were taken off the queue rather than retried forever), until the person dismisses that.
import { useTranslation } from "react-i18next";
import { getInstrument } from "../../../content/instruments";
import { useMe } from "../../api/account";
import { dismissDropped, useCheckInQueue } from "../../api/checkInQueue";
import { ApiError } from "../../api/client";
import { Alert, StatusMessage } from "../../components/Alert";
import { Button } from "../../components/Button";
import { useErrorMessage } from "../../components/ErrorAlert";

export function WaitingCheckIns() {
  const { t, i18n } = useTranslation();
  const userId = useMe().data?.user.id;
  const { queued, dropped } = useCheckInQueue(userId);
  const message = useErrorMessage();
  const date = (ms: number) => new Date(ms).toLocaleDateString(i18n.language, { dateStyle: "long" });
  const name = (id: string) => getInstrument(id)?.attune.shortName ?? id;
  return (
    <>
      {/* A live region that is always there, so the count is announced as check-ins are sent. */}
      <StatusMessage>
        {queued.length ? (
          <>
            <strong>{t("wellbeing.waiting", { count: queued.length })}</strong>{" "}
            {t("wellbeing.waitingHint", { count: queued.length })}
          </>
        ) : null}
      </StatusMessage>
      {userId && dropped.length ? (
        <section className="wellbeing-dropped" aria-labelledby="wb-dropped">
          <h2 id="wb-dropped">{t("wellbeing.droppedHeading")}</h2>
          {dropped.map((d) => (
            <Alert key={d.clientId}>
              {t("wellbeing.dropped", {
                name: name(d.instrumentId),
                date: date(d.queuedAt),
                reason: message(
                  new ApiError(d.refusal.status, d.refusal.code, d.refusal.message, undefined, true),
                ),
              })}
            </Alert>
          ))}
          <Button variant="secondary" onClick={() => dismissDropped(userId)}>
            {t("wellbeing.droppedDismiss")}
          </Button>
        </section>
      ) : null}
    </>
  );
}
