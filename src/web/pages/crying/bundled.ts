// The helper without the server: the warning signs, ways to soothe and words for the caregiver ship with
// the app (src/content), so a parent offline still gets them. Only the reasons, which rank the family's
// log on the server, are missing. The reply is built by the same function the server uses
// (src/contract/crying-reply.ts), so one set of steps renders both.

import { soothingSuggestions } from "../../../content/crying.js";
import type { HelpRegion } from "../../../content/help/emergency.js";
import { cryingReply } from "../../../contract/crying-reply.js";
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
  const days = ageDays ?? 0;
  return cryingReply({
    lang,
    region,
    age: { days, correctedDays: days, estimated: ageDays === null },
    alerts,
    reasons: [],
    helped: [],
  });
}

/** The "what helped" choice a suggestion stands for, if any (a burp or a diaper check is not one). */
export function methodOfSuggestion(key: string) {
  return soothingSuggestions.find((s) => s.key === key)?.helped;
}
