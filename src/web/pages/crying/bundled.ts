// The helper without the server: the warning signs, ways to soothe and words for the caregiver ship with
// the app (src/content), so a parent offline still gets them. Only the reasons, which rank the family's
// log on the server, are missing. Mirrors the server's reply (src/server/routes/guidance.ts) so one set of
// steps renders both.

import { redFlags, soothingSuggestions } from "../../../content/crying.js";
import { caregiverLines, regionHelp } from "../../../content/crying-in-language.js";
import { emergencyNumbers, type HelpRegion } from "../../../content/help/emergency.js";
import type { Locale } from "../../../domain/account.js";
import type { CryingAlert } from "../../../domain/guidance/crying.js";
import type { CryingGuidanceView } from "../../api/crying.js";

export function bundledGuidance(options: {
  lang: Locale;
  region: HelpRegion;
  /** Days since birth, to leave out swaddling once a baby may roll; null when unknown (plan for a newborn). */
  ageDays: number | null;
  /** Warning signs this phone's copy of the log raises (a logged fever). */
  alerts: readonly CryingAlert[];
}): CryingGuidanceView {
  const { lang, region, ageDays, alerts } = options;
  const help = emergencyNumbers[region];
  const phoneFor = (action: "emergency" | "call_doctor") =>
    action === "emergency" ? help.emergency : (help.nonUrgentMedical?.number ?? null);
  const raised = new Set(alerts.map((a) => a.key));
  const days = ageDays ?? 0;
  return {
    lang,
    region,
    age: { days, correctedDays: days, estimated: ageDays === null },
    redFlags: [
      ...alerts.flatMap((alert) => {
        const flag = redFlags.find((f) => f.key === alert.key);
        if (!flag) return [];
        return [
          {
            key: flag.key,
            text: flag.text[lang],
            action: flag.action,
            urgent: true,
            phone: phoneFor(flag.action),
            why: alert.why,
            whyText: alert.whyText,
            sources: [...flag.sources],
          },
        ];
      }),
      ...redFlags
        .filter((f) => !f.onlyWhenLogged && !raised.has(f.key as CryingAlert["key"]))
        .map((flag) => ({
          key: flag.key,
          text: flag.text[lang],
          action: flag.action,
          urgent: false,
          phone: phoneFor(flag.action),
          why: null,
          whyText: null,
          sources: [...flag.sources],
        })),
    ],
    reasons: [],
    soothing: {
      helpedBefore: [],
      suggestions: soothingSuggestions
        .filter((s) => s.untilDays === undefined || days < s.untilDays)
        .map((s) => ({
          key: s.key,
          text: s.text[lang],
          forReasons: [...s.forReasons],
          helpedBefore: 0,
          sources: [...s.sources],
        })),
    },
    forCaregiver: caregiverLines(lang),
    help: regionHelp(region, lang),
  };
}

/** The "what helped" choice a suggestion stands for, if any (a burp or a diaper check is not one). */
export function methodOfSuggestion(key: string) {
  return soothingSuggestions.find((s) => s.key === key)?.helped;
}
