import { babyAge, daysBetween, PRETERM_BEFORE_WEEKS, TERM_WEEKS } from "../age.js";
import { localDate, wallClock } from "../time.js";
import { whyText } from "./crying-why.js";
import { sleepHoursRange } from "./ranges.js";

/**
 * "My baby is crying": the likely reasons, most likely first, from what the family logged in the last two
 * days. The reasons are the everyday ones parents are taught to check (hungry, wet or dirty diaper, tired,
 * too much going on, wanting to be held, wind or discomfort), plus the normal early crying peak. Sources:
 * ICON, "Comfort methods" (iconcope.org); AAP, "Abusive Head Trauma: How to Protect Your Baby"
 * (HealthyChildren.org), which lists the same checks. Scores only order the reasons; they are never shown.
 *
 * Medical warning signs are not reasons: a logged fever comes back as an alert, to be shown before anything
 * else, never ranked among the everyday causes.
 */
export const cryingReasons = [
  "hunger",
  "diaper",
  "tired",
  "overstimulated",
  "wants_closeness",
  "discomfort",
  "crying_peak",
] as const;
export type CryingReason = (typeof cryingReasons)[number];

/** Why a reason ranks where it does, for the web to phrase in the reader's language. Values are numbers. */
export interface Why {
  code: WhyCode;
  values: Record<string, number>;
}
export type WhyCode =
  | "last_feed"
  | "feeding_now"
  | "no_feed_logged"
  | "last_diaper"
  | "no_diaper_logged"
  | "awake_for"
  | "sleep_running"
  | "no_sleep_logged"
  | "busy_time"
  | "quiet_time"
  | "always_welcome"
  | "recent_feed"
  | "check_comfort"
  | "crying_peak_age"
  | "temperature";

export interface RankedReason {
  key: CryingReason;
  /** 1 is the most likely. */
  rank: number;
  /** Only orders the reasons (0–100); not for display. */
  score: number;
  why: Why;
  /** The same why in plain English, for API consumers: "last feed 3 h 40 min ago; …". */
  whyText: string;
}

/** A warning sign found in the log. Urgent alerts go before everything else. */
export interface CryingAlert {
  /**
   * "fever": 38 °C or more under 3 months; "fever_3_to_6_months": 39 °C or more from 3 to 6 months;
   * "fever_older": any other reading of 38 °C or more in a baby over 3 months.
   */
  key: "fever" | "fever_3_to_6_months" | "fever_older";
  urgent: true;
  why: Why;
  whyText: string;
}

export interface GuidanceEntry {
  type: string;
  startedAt: number;
  endedAt: number | null;
  details: Record<string, unknown>;
}

export interface GuidanceBaby {
  birthDate: string | null;
  dueDate: string | null;
  gestationalWeeks: number | null;
}

export interface GuidanceAge {
  /** Days since birth (0 when no birth date is recorded yet). */
  days: number;
  /** Days of age corrected for an early birth; equal to `days` for a baby born at term. */
  correctedDays: number;
  /** True when no birth date is recorded and the age is a guess (a newborn). */
  estimated: boolean;
}

export interface CryingGuidance {
  age: GuidanceAge;
  alerts: CryingAlert[];
  reasons: RankedReason[];
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const minutesSince = (now: number, at: number) => Math.max(0, Math.floor((now - at) / MIN));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The baby's age for this guidance. Corrected age (AAP; shared/reference "Corrected age") decides the
 * developmental ranges; when gestational weeks are missing but a due date and a birth date are both known,
 * the weeks born early are read from the gap between them.
 */
export function guidanceAge(baby: GuidanceBaby, today: string): GuidanceAge {
  if (!baby.birthDate) {
    // A crying baby whose birth is not recorded yet is almost surely a newborn: plan for one.
    const days = baby.dueDate && baby.dueDate <= today ? daysBetween(baby.dueDate, today) : 0;
    return { days, correctedDays: days, estimated: true };
  }
  let weeks = baby.gestationalWeeks;
  if (weeks == null && baby.dueDate) {
    const early = TERM_WEEKS - daysBetween(baby.birthDate, baby.dueDate) / 7;
    if (early < PRETERM_BEFORE_WEEKS) weeks = early;
  }
  const age = babyAge(baby.birthDate, today, weeks);
  return { days: age.days, correctedDays: age.correctedDays ?? age.days, estimated: false };
}

/**
 * How often a baby of this (corrected) age usually feeds, in minutes from the start of one feed to the
 * start of the next. Breastfed newborns feed about 8–12 times in 24 h, roughly every 2–3 h; formula-fed
 * newborns, after the first days, about every 3–4 h; at 2 months formula feeds still come about every
 * 3–4 h, and by 6 months many babies take 4–5 milk feeds a day, with solids. Source: AAP, "How Often and
 * How Much Should Your Baby Eat?" (HealthyChildren.org); shared/reference "Crying". Between babies the spread
 * is wide: the interval only orders reasons, it is not a schedule.
 */
export function usualFeedInterval(correctedDays: number, formula: boolean): { from: number; to: number } {
  const weeks = correctedDays / 7;
  if (weeks < 8) return formula ? { from: 180, to: 240 } : { from: 120, to: 180 };
  if (weeks < 26) return { from: 180, to: 240 };
  return { from: 180, to: 300 };
}

/**
 * How long babies of this age are often awake before they are ready to sleep, in minutes. LOOSE guidance
 * only: no authoritative source publishes awake windows (shared/reference "Crying": "awake-window figures
 * have no authoritative source: show them only as loose guidance"). These are the ranges commonly passed
 * around by parents and sleep educators, kept wide on purpose; tired cues matter more than the clock.
 */
export function looseAwakeWindow(correctedDays: number): { from: number; to: number } {
  const weeks = correctedDays / 7;
  if (weeks < 4) return { from: 35, to: 60 };
  if (weeks < 12) return { from: 60, to: 90 };
  if (weeks < 20) return { from: 75, to: 120 };
  if (weeks < 32) return { from: 120, to: 180 };
  if (weeks < 52) return { from: 150, to: 240 };
  return { from: 180, to: 300 };
}

/**
 * The early crying peak: crying grows from about 2 weeks, peaks around 6–8 weeks (the "second month") and
 * eases by 3–4 months, most of it in the late afternoon and evening. Sources: Barr 1990 (Dev Med Child Neurol
 * 32:356), "The normal crying curve"; National Center on Shaken Baby Syndrome, "The Period of PURPLE Crying"
 * (Peak, Unexpected, Resists soothing, Pain-like face, Long lasting, Evening); ICON ("from around 2 weeks …
 * after about 8 weeks babies start to cry less"). Corrected age, because the curve follows development.
 */
const PEAK_FROM_DAYS = 14;
const PEAK_UNTIL_DAYS = 122; // about 4 months
const PEAK_TOP_WEEKS: [number, number] = [5, 9];
const EVENING_FROM_HOUR = 16;

/** A fever is 38 °C (100.4 °F) or more (NICE NG143; AAP "Fever and Your Baby"). */
export const FEVER_CELSIUS = 38;
/** Under 3 months any fever needs a doctor now (NICE NG143: 38 °C or more under 3 months is high risk). */
const YOUNG_INFANT_DAYS = 91;
/**
 * From 3 to 6 months, 39 °C (102.2 °F) or more needs a doctor now: NICE NG143 lists it as an amber
 * (intermediate-risk) sign, and the NHS says to call a GP urgently or 111.
 */
export const HIGH_FEVER_CELSIUS = 39;
/** The end of "3 to 6 months", in days: six months rounded up, so a baby on the edge gets the careful answer. */
const SIX_MONTHS_DAYS = 183;
/** A fever logged within this long still shapes the guidance; an older reading may have passed. */
const FEVER_LOOKBACK_MS = 24 * HOUR;

/** Activities that fill a baby's senses: play, bath, outings and visits (appointments count as visits). */
const busyTypes = new Set(["play", "bath", "walk", "appointment"]);
const BUSY_LOOKBACK_MS = 2 * HOUR;

const latest = (entries: GuidanceEntry[], type: string) =>
  entries
    .filter((e) => e.type === type)
    .reduce<GuidanceEntry | undefined>((a, e) => (!a || e.startedAt > a.startedAt ? e : a), undefined);

const overlapMs = (e: GuidanceEntry, from: number, to: number, now: number) =>
  Math.max(0, Math.min(e.endedAt ?? now, to) - Math.max(e.startedAt, from));

interface Scored {
  key: CryingReason;
  score: number;
  why: Why;
}

function hunger(entries: GuidanceEntry[], now: number, correctedDays: number): Scored {
  const feed = latest(entries, "feed");
  if (!feed) return { key: "hunger", score: 55, why: { code: "no_feed_logged", values: { hours: 48 } } };
  if (feed.endedAt === null && now - feed.startedAt < 2 * HOUR)
    return { key: "hunger", score: 10, why: { code: "feeding_now", values: {} } };
  const formula = feed.details.method === "bottle" && feed.details.milk === "formula";
  const usual = usualFeedInterval(correctedDays, formula);
  const minutes = minutesSince(now, feed.startedAt);
  return {
    key: "hunger",
    // Rises with the time since the feed began, reaching the top as the usual interval runs out.
    score: clamp((100 * minutes) / usual.to, 5, 95),
    why: { code: "last_feed", values: { minutes, usualFromMinutes: usual.from, usualToMinutes: usual.to } },
  };
}

function diaper(entries: GuidanceEntry[], now: number): Scored {
  const last = latest(entries, "diaper");
  if (!last) return { key: "diaper", score: 35, why: { code: "no_diaper_logged", values: { hours: 48 } } };
  const minutes = minutesSince(now, last.startedAt);
  // A diaper check is quick and harmless, so it grows with time but never outranks a clear need.
  return {
    key: "diaper",
    score: clamp(10 + (50 * minutes) / 180, 10, 60),
    why: { code: "last_diaper", values: { minutes } },
  };
}

/** Minutes of sleep in the last 24 h, or null when the log does not reach back a full day. */
function sleptLastDay(entries: GuidanceEntry[], now: number): number | null {
  const dayAgo = now - 24 * HOUR;
  if (!entries.some((e) => e.startedAt <= dayAgo)) return null;
  const ms = entries
    .filter((e) => e.type === "sleep")
    .reduce((sum, e) => sum + overlapMs(e, dayAgo, now, now), 0);
  // Nothing logged is unknown, not zero sleep.
  return ms > 0 ? Math.round(ms / MIN) : null;
}

function tired(entries: GuidanceEntry[], now: number, correctedDays: number): Scored {
  const sleep = latest(entries, "sleep");
  if (!sleep) return { key: "tired", score: 40, why: { code: "no_sleep_logged", values: { hours: 48 } } };
  if (sleep.endedAt === null) return { key: "tired", score: 30, why: { code: "sleep_running", values: {} } };
  const window = looseAwakeWindow(correctedDays);
  const minutes = minutesSince(now, sleep.endedAt);
  let score: number;
  if (minutes < window.from) score = 10 + (25 * minutes) / window.from;
  else if (minutes <= window.to) score = 35 + (45 * (minutes - window.from)) / (window.to - window.from);
  else score = 80 + Math.min(15, (15 * (minutes - window.to)) / window.to);
  const values: Record<string, number> = {
    minutes,
    windowFromMinutes: window.from,
    windowToMinutes: window.to,
  };
  // Less sleep than the usual daily range (NSF 2015 under 4 months, AASM 2016 after) adds a little: only
  // when the log covers a whole day, since an unlogged nap is not a missed nap.
  const slept = sleptLastDay(entries, now);
  const range = sleepHoursRange(correctedDays);
  if (slept !== null && range && slept < range.low * 60) {
    score += 10;
    values.sleptMinutes = slept;
    values.usualLowHours = range.low;
  }
  return { key: "tired", score: clamp(score, 5, 95), why: { code: "awake_for", values } };
}

function overstimulated(entries: GuidanceEntry[], now: number): Scored {
  const since = now - BUSY_LOOKBACK_MS;
  const busyMs = entries
    .filter((e) => busyTypes.has(e.type))
    .reduce((sum, e) => sum + overlapMs(e, since, now, now), 0);
  const minutes = Math.round(busyMs / MIN);
  if (minutes < 20)
    return { key: "overstimulated", score: 15, why: { code: "quiet_time", values: { hours: 2 } } };
  // Long play, a bath or a visit can be more than a young baby can take in (Healthwise, "Crying: Tired or
  // Overstimulated"; shared/reference "Infant cues": disengagement cues).
  return {
    key: "overstimulated",
    score: clamp(15 + 0.8 * minutes, 15, 70),
    why: { code: "busy_time", values: { minutes, hours: 2 } },
  };
}

function discomfort(entries: GuidanceEntry[], now: number): Scored {
  const feed = latest(entries, "feed");
  const after = feed ? minutesSince(now, feed.endedAt ?? feed.startedAt) : null;
  // Swallowed air after a feed is a common, fixable discomfort (AAP: feed slowly and burp often).
  if (feed && feed.endedAt !== null && after !== null && after <= 45)
    return { key: "discomfort", score: 45, why: { code: "recent_feed", values: { minutes: after } } };
  return { key: "discomfort", score: 20, why: { code: "check_comfort", values: {} } };
}

function cryingPeak(
  now: number,
  timeZone: string,
  correctedDays: number,
  hungerWhy: Why,
  diaperWhy: Why,
): Scored | null {
  if (correctedDays < PEAK_FROM_DAYS || correctedDays >= PEAK_UNTIL_DAYS) return null;
  const weeks = Math.floor(correctedDays / 7);
  const hour = wallClock(now, timeZone).hour;
  const evening = hour >= EVENING_FROM_HOUR;
  let score = 20;
  if (weeks >= PEAK_TOP_WEEKS[0] && weeks <= PEAK_TOP_WEEKS[1]) score += 10;
  if (evening) score += 20;
  // The peak explains crying best once the basic needs are known to be met; with no log, a feed comes first.
  const feedMinutes = hungerWhy.code === "last_feed" ? hungerWhy.values.minutes : undefined;
  const usualFrom = hungerWhy.values.usualFromMinutes;
  if (hungerWhy.code === "feeding_now" || (feedMinutes !== undefined && usualFrom && feedMinutes < usualFrom))
    score += 20;
  if (diaperWhy.code === "last_diaper" && (diaperWhy.values.minutes ?? Infinity) < 60) score += 5;
  return {
    key: "crying_peak",
    score,
    why: { code: "crying_peak_age", values: { weeks, evening: evening ? 1 : 0 } },
  };
}

/** Fixed order for equal scores: needs that are quick to meet come first. */
const tieOrder: CryingReason[] = [
  "hunger",
  "tired",
  "diaper",
  "discomfort",
  "overstimulated",
  "wants_closeness",
  "crying_peak",
];

const celsiusOf = (e: GuidanceEntry) => (typeof e.details.celsius === "number" ? e.details.celsius : null);
const newest = (list: GuidanceEntry[]) =>
  list.reduce<GuidanceEntry | undefined>((a, e) => (!a || e.startedAt > a.startedAt ? e : a), undefined);

function feverAlert(entries: GuidanceEntry[], now: number, age: GuidanceAge): CryingAlert | null {
  const fevers = entries.filter(
    (e) =>
      e.type === "temperature" &&
      (celsiusOf(e) ?? 0) >= FEVER_CELSIUS &&
      now - e.startedAt <= FEVER_LOOKBACK_MS,
  );
  const latest = newest(fevers);
  if (!latest) return null;
  // The age bands go by corrected age, which is never older than real age: the cautious reading. Under 3
  // months any fever is the first flag. From 3 to 6 months a reading of 39 °C or more in the last day
  // raises the 3-to-6-months flag even if a later one is lower: NICE NG143 warns against reading a fall in
  // temperature after medicine as a sign that the illness is not serious.
  const young = age.correctedDays < YOUNG_INFANT_DAYS;
  const high =
    !young && age.correctedDays < SIX_MONTHS_DAYS
      ? newest(fevers.filter((e) => (celsiusOf(e) ?? 0) >= HIGH_FEVER_CELSIUS))
      : undefined;
  const reading = high ?? latest;
  const why: Why = {
    code: "temperature",
    values: { celsius: celsiusOf(reading) ?? FEVER_CELSIUS, minutes: minutesSince(now, reading.startedAt) },
  };
  const key = young ? "fever" : high ? "fever_3_to_6_months" : "fever_older";
  return { key, urgent: true, why, whyText: whyText(why) };
}

/** Ranks the likely reasons for crying now. Pure: the same inputs always give the same answer. */
export function rankCryingReasons(input: {
  baby: GuidanceBaby;
  now: number;
  timeZone: string;
  entries: GuidanceEntry[];
}): CryingGuidance {
  const { now, timeZone } = input;
  const age = guidanceAge(input.baby, localDate(now, timeZone));
  const developmental = Math.max(0, age.correctedDays);
  // Only the last two days shape the answer, and nothing logged in the future.
  const entries = input.entries.filter((e) => e.startedAt <= now && e.startedAt > now - 48 * HOUR);

  const h = hunger(entries, now, developmental);
  const d = diaper(entries, now);
  const scored: Scored[] = [
    h,
    d,
    tired(entries, now, developmental),
    overstimulated(entries, now),
    // Babies often cry just to be held; holding is always a fine answer, so it is a steady middle default.
    { key: "wants_closeness", score: 45, why: { code: "always_welcome", values: {} } },
    discomfort(entries, now),
  ];
  const peak = cryingPeak(now, timeZone, developmental, h.why, d.why);
  if (peak) scored.push(peak);

  const rounded = scored.map((s) => ({ ...s, score: Math.round(s.score) }));
  rounded.sort((a, b) => b.score - a.score || tieOrder.indexOf(a.key) - tieOrder.indexOf(b.key));
  const fever = feverAlert(entries, now, age);
  return {
    age,
    alerts: fever ? [fever] : [],
    reasons: rounded.map((s, i) => ({ ...s, rank: i + 1, whyText: whyText(s.why) })),
  };
}
