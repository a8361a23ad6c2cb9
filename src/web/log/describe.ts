// Plain words for an entry: what it was and its details, in the person's language. Never a score.
import { useTranslation } from "react-i18next";
import { isBreast, sideSeconds } from "./breast";
import type { Entry } from "./types";

export function useDuration() {
  const { t } = useTranslation();
  return (minutes: number): string => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return t("time.minutes", { count: m });
    if (m === 0) return t("time.hours", { count: h });
    return t("time.hoursMinutes", { h, m });
  };
}

export function useClock() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { hour: "numeric", minute: "2-digit" });
  return (iso: string) => format.format(new Date(iso));
}

export function useDescribe() {
  const { t } = useTranslation();
  const duration = useDuration();
  return (entry: Entry, now: number): string => {
    const d = entry.details;
    const parts: string[] = [];
    if (entry.type === "feed") {
      if (isBreast(d)) {
        const s = sideSeconds(d, entry.startedAt, entry.endedAt ? Date.parse(entry.endedAt) : now);
        if (s.left) parts.push(t("feed.leftFor", { time: duration(Math.round(s.left / 60)) }));
        if (s.right) parts.push(t("feed.rightFor", { time: duration(Math.round(s.right / 60)) }));
        if (!s.left && !s.right) parts.push(t("feed.breast"));
      } else if (d.method === "bottle") {
        parts.push(
          typeof d.amountMl === "number" ? t("feed.bottleMl", { ml: d.amountMl }) : t("feed.bottle"),
        );
      } else if (d.method === "solids") parts.push(t("feed.solids"));
    } else if (entry.type === "diaper" && typeof d.kind === "string") {
      parts.push(t(`diaper.${d.kind as "wet"}`));
    } else if (entry.endedAt) {
      parts.push(duration(Math.round((Date.parse(entry.endedAt) - Date.parse(entry.startedAt)) / 60_000)));
    }
    return parts.join(" · ");
  };
}
