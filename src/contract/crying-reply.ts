import { reasonSources, reasonTitles, redFlags, soothingSuggestions } from "../content/crying.js";
import { caregiverLines, regionHelp } from "../content/crying-in-language.js";
import { emergencyNumbers, type HelpRegion } from "../content/help/emergency.js";
import type { Locale } from "../domain/account.js";
import type { CryingAlert, GuidanceAge, RankedReason } from "../domain/guidance/crying.js";
import type { HelpedBefore } from "../domain/guidance/soothing.js";
import type { CryingReply } from "./crying.js";

/**
 * The crying helper's reply in one language, built in one place: the server builds it from the family's
 * log, and the web, offline, from the content it ships with (no reasons, nothing helped before yet). Type
 * imports only, so the offline page does not load zod.
 */
export interface CryingReplyInput {
  lang: Locale;
  region: HelpRegion;
  age: GuidanceAge;
  /** Warning signs the log raises (a logged fever): shown first. */
  alerts: readonly CryingAlert[];
  /** The likely reasons, most likely first; none without the server. */
  reasons: readonly RankedReason[];
  /** What settled this baby before, most telling first (domain/guidance/soothing.ts). */
  helped: readonly HelpedBefore[];
  /** How many ways to soothe to offer; all that suit the baby's age when not given. */
  mostSuggestions?: number;
}

export function cryingReply(input: CryingReplyInput): CryingReply {
  const { lang, region, age, alerts, reasons, helped } = input;
  const help = emergencyNumbers[region];
  const phoneFor = (action: "emergency" | "call_doctor") =>
    action === "emergency" ? help.emergency : (help.nonUrgentMedical?.number ?? null);
  const raised = alerts.map((alert) => {
    const flag = redFlags.find((f) => f.key === alert.key);
    // test/unit/crying-red-flags.test.ts holds content for every alert the log can raise.
    if (!flag) throw new Error(`no content for the red flag ${alert.key}`);
    return { flag, alert };
  });
  const raisedKeys = new Set(raised.map((r) => r.flag.key));
  const checklist = redFlags.filter((f) => !f.onlyWhenLogged && !raisedKeys.has(f.key));
  const flagView = (flag: (typeof redFlags)[number], alert: CryingAlert | null) => ({
    key: flag.key,
    text: flag.text[lang],
    action: flag.action,
    urgent: alert !== null,
    phone: phoneFor(flag.action),
    why: alert?.why ?? null,
    whyText: alert?.whyText ?? null,
    sources: [...flag.sources],
  });

  const rankOf = new Map(reasons.map((r) => [r.key as string, r.rank]));
  const helpedIndex = (method: string | undefined) => {
    const i = helped.findIndex((h) => h.method === method);
    return i < 0 ? helped.length : i;
  };
  const suggestions = soothingSuggestions
    .filter((s) => s.untilDays === undefined || age.days < s.untilDays)
    .map((s) => ({ s, best: Math.min(...s.forReasons.map((k) => rankOf.get(k) ?? 99)) }))
    // For the likeliest reason first; among equals, what helped this baby before.
    .sort((a, b) => a.best - b.best || helpedIndex(a.s.helped) - helpedIndex(b.s.helped))
    .slice(0, input.mostSuggestions)
    .map(({ s }) => ({
      key: s.key,
      text: s.text[lang],
      forReasons: [...s.forReasons],
      helpedBefore: helped.find((h) => h.method === s.helped)?.count ?? 0,
      sources: [...s.sources],
    }));

  return {
    lang,
    region,
    age,
    redFlags: [
      ...raised.map(({ flag, alert }) => flagView(flag, alert)),
      ...checklist.map((flag) => flagView(flag, null)),
    ],
    reasons: reasons.map((r) => ({
      key: r.key,
      rank: r.rank,
      title: reasonTitles[r.key][lang],
      why: r.why,
      whyText: r.whyText,
      sources: [...reasonSources[r.key]],
    })),
    soothing: {
      helpedBefore: helped.map((h) => {
        const suggestion = soothingSuggestions.find((s) => s.helped === h.method);
        return {
          method: h.method,
          count: h.count,
          lastAt: new Date(h.lastAt).toISOString(),
          suggestion: suggestion?.key ?? null,
          text: suggestion?.text[lang] ?? null,
        };
      }),
      suggestions,
    },
    forCaregiver: caregiverLines(lang),
    help: regionHelp(region, lang),
  };
}
