/**
 * The words of the family log. Co-occupations are the everyday care a caregiver and baby share; moments are
 * the connection inside that care; cues are what the baby showed. Keys are stable API values; people see
 * them through the translations in src/web/i18n.
 */
export const entryTypes = [
  "feed",
  "sleep",
  "diaper",
  "bath",
  "dressing",
  "play",
  "reading",
  "skin_to_skin",
  "massage",
  "holding",
  "walk",
  "soothing",
  "appointment",
  "pumping",
  "growth",
  "temperature",
  "medication",
  "note",
  "custom",
] as const;
export type EntryType = (typeof entryTypes)[number];

/**
 * Types logged at a single moment, with no end: a change, a measurement, a dose, a note. Every other type lasts
 * a while, so a new type has an end (or a running timer) unless it is added here.
 */
const momentTypes: readonly EntryType[] = [
  "diaper",
  "dressing",
  "growth",
  "temperature",
  "medication",
  "note",
  "custom",
];

/** Types that last a while: they have an end (or a running timer) and must stay under a day. */
export const durationTypes: ReadonlySet<EntryType> = new Set(
  entryTypes.filter((t) => !momentTypes.includes(t)),
);

/** Moments of connection, one tap each. */
export const moments = [
  "eye_contact",
  "talking",
  "singing",
  "smiling_together",
  "copying_expressions",
  "cuddling",
  "skin_to_skin",
  "reading",
] as const;
export type Moment = (typeof moments)[number];

/** The baby's cues or state, as a caregiver saw them. */
export const cues = [
  "calm",
  "alert_engaged",
  "fussy",
  "crying",
  "looking_away",
  "sleepy",
  "hungry",
  "content",
] as const;
export type Cue = (typeof cues)[number];

/** The longest a single entry may last. */
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;
