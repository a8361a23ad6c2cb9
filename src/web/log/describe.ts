// Plain words for an entry: what it was and its details, in the person's language. Never a score.
import { useTranslation } from "react-i18next";
import { isBreast, sideSeconds } from "./breast";
import { minutesText, secondsText } from "./durationText";
import type { Entry } from "./types";
import { formatWithUnit, temperatureBoth, volumeBoth, weightBoth } from "./units";
import { useUnits } from "./useUnits";

/** Whole minutes in words ("12 min", "1 h 5 min"): for totals such as a day's sleep. */
export function useDuration() {
  const { t } = useTranslation();
  return (minutes: number): string => minutesText(t, minutes);
}

/**
 * An entry's details in a few words, in the person's units: "Bottle · 120 ml (4.1 oz) · Formula",
 * "37.8 °C (100.0 °F) · Under the arm", "Lactation · Ana". The duration leads for care that lasts.
 */
export function useDescribe() {
  const { t } = useTranslation();
  // An entry's own length is to the second: a 17-second try at the breast is "17 s", not "0 min".
  const span = (seconds: number) => secondsText(t, seconds);
  const units = useUnits();
  const { locale } = units;
  const num = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  const text = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter(text) : []);

  return (entry: Entry, now: number): string => {
    const d = entry.details;
    const parts: string[] = [];
    const lasted = () => {
      if (!entry.endedAt) return;
      const seconds = (Date.parse(entry.endedAt) - Date.parse(entry.startedAt)) / 1000;
      // Something logged with no length at all (ended as it started) has no length worth saying.
      if (Math.round(seconds) > 0) parts.push(span(seconds));
    };
    switch (entry.type) {
      case "feed":
        if (isBreast(d)) {
          const s = sideSeconds(d, entry.startedAt, entry.endedAt ? Date.parse(entry.endedAt) : now);
          if (s.left) parts.push(t("feed.leftFor", { time: span(s.left) }));
          if (s.right) parts.push(t("feed.rightFor", { time: span(s.right) }));
          if (!s.left && !s.right) parts.push(t("feed.breast"));
        } else if (d.method === "bottle") {
          parts.push(t("feed.bottle"));
          if (num(d.amountMl)) parts.push(volumeBoth(d.amountMl, units.volume, locale));
          if (text(d.milk)) parts.push(t(`details.feed.milks.${d.milk as "formula"}`));
        } else if (d.method === "solids") {
          parts.push(t("feed.solids"));
          const foods = list(d.foods);
          if (foods.length) parts.push(foods.join(", "));
          if (text(d.reaction)) parts.push(t(`details.feed.reactions.${d.reaction as "liked"}`));
        }
        break;
      case "diaper":
        if (text(d.kind)) parts.push(t(`diaper.${d.kind as "wet"}`));
        if (text(d.color)) parts.push(t(`details.diaper.colors.${d.color as "yellow"}`));
        break;
      case "sleep":
        lasted();
        if (text(d.where)) parts.push(t(`details.sleep.places.${d.where as "crib"}`));
        break;
      case "play":
        lasted();
        for (const kind of list(d.kinds)) parts.push(t(`details.play.kindOptions.${kind as "toys"}`));
        break;
      case "reading":
        lasted();
        if (text(d.title)) parts.push(d.title);
        break;
      case "holding":
        lasted();
        if (d.babywearing === true) parts.push(t("details.holding.babywearing"));
        break;
      case "soothing": {
        lasted();
        const helped = list(d.helped).map((h) => t(`details.soothing.helps.${h as "rocking"}`));
        if (helped.length) parts.push(t("details.soothing.whatHelped", { list: helped.join(", ") }));
        break;
      }
      case "appointment":
        if (text(d.kind)) parts.push(t(`details.appointment.kinds.${d.kind as "other"}`));
        if (text(d.with)) parts.push(d.with);
        lasted();
        break;
      case "pumping":
        if (num(d.leftMl))
          parts.push(t("details.pumping.leftAmount", { amount: volumeBoth(d.leftMl, units.volume, locale) }));
        if (num(d.rightMl))
          parts.push(
            t("details.pumping.rightAmount", { amount: volumeBoth(d.rightMl, units.volume, locale) }),
          );
        lasted();
        break;
      case "growth":
        if (num(d.weightKg)) parts.push(weightBoth(d.weightKg, units.weight, locale));
        if (num(d.lengthCm))
          parts.push(t("details.growth.lengthValue", { value: formatWithUnit(d.lengthCm, "cm", locale) }));
        if (num(d.headCm))
          parts.push(t("details.growth.headValue", { value: formatWithUnit(d.headCm, "cm", locale) }));
        break;
      case "temperature":
        if (num(d.celsius)) parts.push(temperatureBoth(d.celsius, locale));
        if (text(d.method)) parts.push(t(`details.temperature.methods.${d.method as "ear"}`));
        break;
      case "medication":
        if (text(d.name)) parts.push(d.name);
        if (text(d.dose)) parts.push(d.dose);
        break;
      case "custom":
        if (text(d.label)) parts.push(d.label);
        lasted();
        break;
      default:
        lasted();
    }
    return parts.join(" · ");
  };
}
