// "Since last": when baby last fed (and on which side), the last diaper, and asleep or awake for how long.
// A feed still running says so ("It's going on now"), not how long ago it ended. Worked out from the log on this
// phone, so it stays right offline. On a new phone it waits for the first pull rather than show "nothing yet"
// (or an old feed) for a baby whose latest entries are still on their way.
import { useTranslation } from "react-i18next";
import { isBreast } from "../../log/breast";
import { useDuration } from "../../log/describe";
import { useLogContext } from "../../log/LogContext";
import { lastOfType } from "../../log/queries";
import { minutesBetween } from "../../log/time";
import { useFilledLive } from "../../log/useLogKnown";
import { useNow } from "../../log/useNow";

export function SinceLast() {
  const { t } = useTranslation();
  const { baby } = useLogContext();
  const now = useNow(30_000);
  const duration = useDuration();
  const last = useFilledLive(
    async (db) => ({
      feed: await lastOfType(db, baby.id, "feed"),
      diaper: await lastOfType(db, baby.id, "diaper"),
      sleep: await lastOfType(db, baby.id, "sleep"),
    }),
    [baby.id],
  );
  const { feed, diaper, sleep } = last ?? { feed: null, diaper: null, sleep: null };
  // Until the log is known, the cards keep their place and say it is coming, not "nothing yet".
  const pending = <span className="since-pending">{t("since.pending")}</span>;
  const ago = (iso: string) => {
    const minutes = minutesBetween(iso, now);
    return minutes < 1 ? t("since.justNow") : t("since.ago", { time: duration(minutes) });
  };
  const startedAgo = (iso: string) => {
    const minutes = minutesBetween(iso, now);
    return minutes < 1 ? t("since.startedJustNow") : t("since.startedAgo", { time: duration(minutes) });
  };

  const feeding = feed ? feed.endedAt === null : false;
  const feedSide = feed && isBreast(feed.details) && feed.details.lastSide ? feed.details.lastSide : null;
  const asleep = sleep ? sleep.endedAt === null : false;
  // Under a minute, "for 0 min" would read as nothing; the card only refreshes every 30 s, so no seconds.
  const lasting = (iso: string) => {
    const minutes = minutesBetween(iso, now);
    return minutes < 1 ? t("since.justNow") : t("since.for", { time: duration(minutes) });
  };

  return (
    <section aria-labelledby="since-heading">
      <h2 id="since-heading" className="visually-hidden">
        {t("since.heading")}
      </h2>
      <ul className="since-cards" aria-busy={last === undefined}>
        <li className="card">
          <p className="since-label">{t("since.feed")}</p>
          <p className="since-value">
            {last === undefined
              ? pending
              : feed
                ? feeding
                  ? startedAgo(feed.startedAt)
                  : ago(feed.endedAt ?? feed.startedAt)
                : t("since.none")}
          </p>
          {feeding ? (
            <p className="field-hint">{t("since.goingOn")}</p>
          ) : feedSide ? (
            <p className="field-hint">{t("since.side", { side: t(`feed.side.${feedSide}`) })}</p>
          ) : null}
        </li>
        <li className="card">
          <p className="since-label">{t("since.diaper")}</p>
          <p className="since-value">
            {last === undefined ? pending : diaper ? ago(diaper.startedAt) : t("since.none")}
          </p>
          {diaper && typeof diaper.details.kind === "string" ? (
            <p className="field-hint">{t(`diaper.${diaper.details.kind as "wet"}`)}</p>
          ) : null}
        </li>
        <li className="card">
          <p className="since-label">
            {sleep ? (asleep ? t("since.asleep") : t("since.awake")) : t("since.sleep")}
          </p>
          <p className="since-value">
            {last === undefined
              ? pending
              : sleep
                ? lasting(asleep ? sleep.startedAt : (sleep.endedAt ?? sleep.startedAt))
                : t("since.none")}
          </p>
        </li>
      </ul>
    </section>
  );
}
