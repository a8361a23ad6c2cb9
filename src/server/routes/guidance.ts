import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  reasonSources,
  reasonTitles,
  redFlags,
  SWADDLE_UNTIL_DAYS,
  soothingSuggestions,
} from "../../content/crying.js";
import { caregiverLines, regionHelp } from "../../content/crying-in-language.js";
import { emergencyNumbers, type HelpRegion, helpRegions } from "../../content/help/emergency.js";
import { type Locale, locales } from "../../domain/account.js";
import { type CryingGuidance, rankCryingReasons } from "../../domain/guidance/crying.js";
import { HELPED_WINDOW_DAYS, type HelpedBefore, whatHelped } from "../../domain/guidance/soothing.js";
import { notFound } from "../errors.js";
import { actorOf } from "../plugins/authorize.js";
import { babyCaregiverByQuery } from "../policies/family.js";
import { defaultRegion } from "../region.js";
import { errorReplies } from "./schemas.js";

const HOUR = 3_600_000;
const why = z.object({ code: z.string(), values: z.record(z.string(), z.number()) });
const sourceKeys = z.array(z.string()).describe("Keys into the content sources (src/content/sources.ts)");

const cryingReply = z.object({
  lang: z.enum(locales),
  region: z.enum(helpRegions),
  age: z.object({ days: z.number(), correctedDays: z.number(), estimated: z.boolean() }),
  redFlags: z
    .array(
      z.object({
        key: z.string(),
        text: z.string(),
        action: z.enum(["emergency", "call_doctor"]),
        urgent: z.boolean().describe("Raised by the log itself (a logged fever): show first, prominently"),
        phone: z
          .string()
          .nullable()
          .describe("Emergency number, or for call_doctor the region's advice line; null: your own doctor"),
        why: why.nullable(),
        whyText: z.string().nullable(),
        sources: sourceKeys,
      }),
    )
    .describe("Warning signs: any raised by the log first, then the checklist"),
  reasons: z.array(
    z.object({
      key: z.string(),
      rank: z.number(),
      title: z.string(),
      why,
      whyText: z.string().describe("The why in plain English"),
      sources: sourceKeys,
    }),
  ),
  soothing: z.object({
    helpedBefore: z.array(
      z.object({
        method: z.string(),
        count: z.number(),
        lastAt: z.string(),
        suggestion: z.string().nullable(),
        text: z.string().nullable(),
      }),
    ),
    suggestions: z.array(
      z.object({
        key: z.string(),
        text: z.string(),
        forReasons: z.array(z.string()),
        helpedBefore: z.number(),
        sources: sourceKeys,
      }),
    ),
  }),
  forCaregiver: z.array(z.object({ key: z.string(), text: z.string(), sources: sourceKeys })),
  help: z.object({
    region: z.enum(helpRegions),
    emergency: z.string(),
    alsoEmergency: z.array(z.string()),
    nonUrgentMedical: z
      .object({ number: z.string(), name: z.string(), note: z.string().nullable() })
      .nullable(),
    sources: sourceKeys,
  }),
});

/** The reply, in one language: warning signs, ranked reasons, ways to soothe, and help numbers. */
function present(guidance: CryingGuidance, helped: HelpedBefore[], lang: Locale, region: HelpRegion) {
  const help = emergencyNumbers[region];
  const phoneFor = (action: "emergency" | "call_doctor") =>
    action === "emergency" ? help.emergency : (help.nonUrgentMedical?.number ?? null);
  const raised = guidance.alerts.map((alert) => {
    const flag = redFlags.find((f) => f.key === alert.key);
    if (!flag) throw new Error(`no content for the red flag ${alert.key}`);
    return { flag, alert };
  });
  const raisedKeys = new Set(raised.map((r) => r.flag.key));
  const checklist = redFlags.filter((f) => !f.onlyWhenLogged && !raisedKeys.has(f.key));

  const rankOf = new Map(guidance.reasons.map((r) => [r.key as string, r.rank]));
  const helpedIndex = (method: string | undefined) => {
    const i = helped.findIndex((h) => h.method === method);
    return i < 0 ? helped.length : i;
  };
  const suggestions = soothingSuggestions
    .filter((s) => s.untilDays === undefined || guidance.age.days < s.untilDays)
    .map((s) => ({ s, best: Math.min(...s.forReasons.map((k) => rankOf.get(k) ?? 99)) }))
    // For the likeliest reason first; among equals, what helped this baby before.
    .sort((a, b) => a.best - b.best || helpedIndex(a.s.helped) - helpedIndex(b.s.helped))
    .slice(0, 6)
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
    age: guidance.age,
    redFlags: [
      ...raised.map(({ flag, alert }) => ({
        key: flag.key,
        text: flag.text[lang],
        action: flag.action,
        urgent: true,
        phone: phoneFor(flag.action),
        why: alert.why,
        whyText: alert.whyText,
        sources: [...flag.sources],
      })),
      ...checklist.map((flag) => ({
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
    reasons: guidance.reasons.map((r) => ({
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

/** The "My baby is crying" helper. */
export const guidanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { entries, families, preferences } = app.attune;

  app.get(
    "/api/guidance/crying",
    {
      config: { policy: babyCaregiverByQuery },
      schema: {
        tags: ["guidance"],
        summary:
          "My baby is crying: warning signs first, then the likely reasons ranked from the last 48 h of the log, ways to soothe (what helped before first), and words for the caregiver",
        querystring: z
          .object({
            babyId: z.string().min(1).max(100).describe("The crying baby"),
            lang: z.enum(locales).optional().describe("Default: the caller's language preference"),
            region: z
              .enum(helpRegions)
              .optional()
              .describe(
                "For emergency numbers. Default: the family's region, else the region in Accept-Language, else US",
              ),
          })
          .strict(),
        response: { 200: cryingReply, ...errorReplies },
      },
    },
    async (request) => {
      const baby = request.baby;
      if (!baby) throw notFound("baby");
      const now = Date.now();
      const [family, prefs, recent, soothing] = await Promise.all([
        families.get(baby.familyId),
        preferences.get(actorOf(request).id),
        entries.list(baby.id, { from: now - 48 * HOUR, to: now + 1, limit: 1000 }),
        entries.list(baby.id, {
          type: "soothing",
          from: now - HELPED_WINDOW_DAYS * 24 * HOUR,
          to: now + 1,
          limit: 1000,
        }),
      ]);
      const lang = request.query.lang ?? prefs.locale;
      // The caregiver's own region, then the family's, then the browser's languages (src/server/region.ts).
      const region = request.query.region ?? defaultRegion(request, family?.region, prefs.region);
      const guidance = rankCryingReasons({
        baby,
        now,
        timeZone: family?.timeZone ?? "UTC",
        entries: recent.map((e) => ({
          type: e.type,
          startedAt: Date.parse(e.startedAt),
          endedAt: e.endedAt ? Date.parse(e.endedAt) : null,
          details: e.details,
        })),
      });
      // Swaddling stops once a baby may roll, so it is not offered again just because it helped before.
      const helped = whatHelped(
        soothing.map((e) => ({ startedAt: Date.parse(e.startedAt), details: e.details })),
        now,
        { exclude: guidance.age.days >= SWADDLE_UNTIL_DAYS ? ["swaddling"] : [] },
      );
      return present(guidance, helped, lang, region);
    },
  );
};
