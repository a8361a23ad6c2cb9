/**
 * Picks one bonding idea to offer: on the Home card once a day, or for a moment of care (a bath, a diaper).
 * Pure: the ideas come in as a parameter (the library lives in src/content/ideas), so tests use fixtures.
 * Rules: only ideas for the baby's age band; never one the caregiver hid; ideas never shown come first, then
 * the one shown longest ago; ties are broken by a seed, so the same inputs always give the same idea.
 */
import { localDate, startOfDay } from "../time.js";
import type { AgeBand } from "./age-band.js";
import type { Situation } from "./situation.js";

export { type AgeBand, ageBandOf, ageBands, type BabyDates } from "./age-band.js";

export const occasions = [
  "feeding",
  "diaper",
  "bath",
  "dressing",
  "bedtime",
  "walk",
  "play",
  "any_time",
] as const;
export type Occasion = (typeof occasions)[number];

/** What the picker needs of an idea; the content type adds the words, the reason and the source. */
export interface PickableIdea {
  id: string;
  ageBands: readonly AgeBand[];
  occasions: readonly Occasion[];
  /** Written for one situation (a baby in the NICU): offered only while the log says so. */
  situation?: Situation;
}

export interface PickOptions {
  band: AgeBand;
  /** A moment of care. Ideas tagged with it come first; "any_time" ideas fit every moment. */
  occasion?: Occasion;
  /** Ids the caregiver chose not to see again. */
  hidden: ReadonlySet<string>;
  /** When each idea was last shown, epoch ms. */
  seenAt: ReadonlyMap<string, number>;
  /** Epoch ms; a sighting stamped later than this (another device's clock) counts as now. */
  now: number;
  /** Breaks ties, e.g. the local date and the baby's id: steady through a day, different the next. */
  seed?: string;
  /** The family's situations now (src/domain/guidance/situation.ts); none by default. */
  situations?: ReadonlySet<Situation>;
}

/** FNV-1a, 32 bits: a small, stable hash so the seed orders ties the same way on every device. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The idea to offer, or null when none fits. With an occasion, the pool is the ideas tagged with it plus the
 * "any_time" ones, so a moment with no idea of its own falls back to the any-time ideas. Order: never shown,
 * then shown longest ago; among equals, an idea tagged with the occasion before an any-time one, then the
 * seeded hash, then the id.
 */
export function pickIdea<T extends PickableIdea>(ideas: readonly T[], options: PickOptions): T | null {
  const { band, occasion, hidden, seenAt, now, seed = "", situations = new Set() } = options;
  const fitsSituation = (idea: T) => !idea.situation || situations.has(idea.situation);
  const fitsOccasion = (idea: T) =>
    !occasion || idea.occasions.includes(occasion) || idea.occasions.includes("any_time");
  const pool = ideas.filter(
    (idea) =>
      idea.ageBands.includes(band) && !hidden.has(idea.id) && fitsOccasion(idea) && fitsSituation(idea),
  );

  const rank = (idea: T): [number, number, number] => {
    const seen = seenAt.get(idea.id);
    return [
      // Never shown sorts before any real time.
      seen === undefined ? Number.NEGATIVE_INFINITY : Math.min(seen, now),
      occasion && idea.occasions.includes(occasion) ? 0 : 1,
      hash(`${seed}|${idea.id}`),
    ];
  };
  const before = (a: T, b: T) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) < (rb[i] ?? 0);
    return a.id < b.id;
  };
  let best: T | null = null;
  for (const idea of pool) if (!best || before(idea, best)) best = idea;
  return best;
}

export interface DailyOptions {
  band: AgeBand;
  hidden: ReadonlySet<string>;
  seenAt: ReadonlyMap<string, number>;
  now: number;
  /** The family's IANA time zone: the card turns over at local midnight. */
  timeZone: string;
  /** Twins get different ideas on the same day. */
  babyId: string;
  situations?: ReadonlySet<Situation>;
}

/**
 * The Home card's idea for today. Sightings from today are left out, so showing the card (and recording that)
 * does not swap it for another on the next reload; tomorrow they count, and the seed changes with the date.
 * Hiding the card's idea does bring a new one at once.
 */
export function dailyIdea<T extends PickableIdea>(ideas: readonly T[], options: DailyOptions): T | null {
  const today = localDate(options.now, options.timeZone);
  const dayStart = startOfDay(today, options.timeZone);
  const seenBeforeToday = new Map([...options.seenAt].filter(([, at]) => at < dayStart));
  return pickIdea(ideas, {
    band: options.band,
    hidden: options.hidden,
    seenAt: seenBeforeToday,
    now: options.now,
    seed: `${today}|${options.babyId}`,
    situations: options.situations,
  });
}
