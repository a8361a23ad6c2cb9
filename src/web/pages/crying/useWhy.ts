// A reason's "why" in the reader's language, phrased here from the code and numbers the server sends
// (src/domain/guidance/crying-why.ts has the English the API also returns; that is the fallback for a code
// this version does not know yet).
import { useTranslation } from "react-i18next";
import type { Why } from "../../api/crying";
import { useDuration } from "../../log/describe";
import { temperatureBoth } from "../../log/units";

export function useWhy(corrected: boolean) {
  const { t, i18n } = useTranslation();
  const duration = useDuration();
  // "2–3 h" when both ends are whole hours, "35–60 min" under an hour, else "1 h 15 min–2 h".
  const span = (from: number, to: number) => {
    if (from % 60 === 0 && to % 60 === 0) return t("crying.why.hourSpan", { from: from / 60, to: to / 60 });
    if (to < 60) return t("crying.why.minuteSpan", { from, to });
    return t("crying.why.span", { from: duration(from), to: duration(to) });
  };

  return (why: Why, fallback: string | null): string => {
    const v = (name: string) => why.values[name] ?? 0;
    const ago = duration(Math.max(0, Math.floor(v("minutes"))));
    const hours = v("hours");
    switch (why.code) {
      case "last_feed":
        return t("crying.why.last_feed", { ago, span: span(v("usualFromMinutes"), v("usualToMinutes")) });
      case "feeding_now":
        return t("crying.why.feeding_now");
      case "no_feed_logged":
        return t("crying.why.no_feed_logged", { hours });
      case "last_diaper":
        return t("crying.why.last_diaper", { ago });
      case "no_diaper_logged":
        return t("crying.why.no_diaper_logged", { hours });
      case "awake_for": {
        const awake = t("crying.why.awake_for", {
          ago,
          span: span(v("windowFromMinutes"), v("windowToMinutes")),
        });
        if (why.values.sleptMinutes === undefined) return awake;
        const slept = t("crying.why.slept", {
          slept: duration(v("sleptMinutes")),
          hours: v("usualLowHours"),
        });
        return `${awake} ${slept}`;
      }
      case "sleep_running":
        return t("crying.why.sleep_running");
      case "no_sleep_logged":
        return t("crying.why.no_sleep_logged", { hours });
      case "busy_time":
        return t("crying.why.busy_time", { ago, hours });
      case "quiet_time":
        return t("crying.why.quiet_time", { hours });
      case "always_welcome":
        return t("crying.why.always_welcome");
      case "recent_feed":
        return t("crying.why.recent_feed", { ago });
      case "check_comfort":
        return t("crying.why.check_comfort");
      case "crying_peak_age": {
        const age = corrected
          ? t("crying.why.crying_peak_age_corrected", { weeks: v("weeks") })
          : t("crying.why.crying_peak_age", { weeks: v("weeks") });
        const evening = v("evening") ? ` ${t("crying.why.crying_peak_evening")}` : "";
        return `${age}${evening} ${t("crying.why.crying_peak_passes")}`;
      }
      case "temperature":
        return t("crying.why.temperature", {
          temperature: temperatureBoth(v("celsius"), i18n.language),
          ago,
        });
      default:
        return fallback ?? "";
    }
  };
}
