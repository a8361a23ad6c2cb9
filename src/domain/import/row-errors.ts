// Why a row of an export cannot be read or kept, as a code with its values: the web says it in the reader's
// language (src/web/i18n/imports.*.json, imports.rowErrors), and the English here stays in the API's reply as
// `message`. One catalogue, so every reader words the same reason the same way, and a test holds the web's
// English to these very sentences. Values are the file's own text or numbers, never words to translate: a
// field that needs naming has its own code.
import type { RowError } from "./types.js";

type Value = { value: string };
/** A number over, or under, the limit Attune's schema sets for it. */
type Over = { value: number; max: number };
type Under = { value: number; min: number };

/** Wall times as Huckleberry writes them. */
const WALL = "YYYY-MM-DD HH:MM";
/** Baby Buddy's CSV datetimes, and its API's. */
const BB_CSV = "YYYY-MM-DD HH:MM:SS";
const BB_API = "such as 2017-11-17T15:03:00-05:00";

const rowErrorText = {
  // Any reader.
  no_type: () => "The row has no Type.",
  ends_before_start: (p: { end: string; start: string }) =>
    `It ends (${p.end}) before it starts (${p.start}).`,
  ends_too_early: () => "It ends before it starts.",
  sleep_without_end: () => "A sleep needs its end: this one has none (was it still going on?).",

  // Huckleberry.
  no_start: () => "The row has no Start.",
  bad_start: (p: Value) => `Start "${p.value}" is not a real date and time (${WALL}).`,
  bad_end: (p: Value) => `End "${p.value}" is not a real date and time (${WALL}).`,
  bad_left_amount: (p: Value) => `The left amount "${p.value}" is not an amount in ml or oz.`,
  bad_right_amount: (p: Value) => `The right amount "${p.value}" is not an amount in ml or oz.`,
  bad_bottle_amount: (p: Value) => `The bottle amount "${p.value}" is not an amount in ml or oz.`,
  bad_right_side_time: (p: Value) => `The right side's time "${p.value}" is not a time such as 00:12R.`,
  bad_left_side_time: (p: Value) => `The left side's time "${p.value}" is not a time such as 00:13L.`,
  bad_temperature_reading: (p: Value) => `The temperature "${p.value}" is not a reading in °C or °F.`,
  huckleberry_bad_diaper: (p: Value) => `The diaper "${p.value}" is not one of Pee, Poo, Both or Dry.`,
  huckleberry_no_growth: () => "The growth row has no weight, length or head size that can be read.",

  // Nara Baby.
  nara_no_start: () => "The row has no start time.",
  nara_bad_start: (p: Value) => `Its start "${p.value}" is not a time.`,
  nara_bad_end: () => "Its end is not a time.",
  nara_bad_bottle_volume: () => "Its bottle volume is not a number.",
  nara_bad_pumped_volume: () => "Its pumped volume is not a number.",
  nara_bad_diaper: (p: Value) => `The diaper "${p.value}" is not one of Wet, Dirty, Dirty Wet or Dry.`,
  nara_no_growth: () => "The growth row has no weight, height or head size that can be read.",
  nara_empty_medical: () => "The medical row has neither a medication nor a temperature.",

  // Baby Buddy: its field names, as its CSV and API write them.
  babybuddy_other_child: (p: { child: string; first: string }) =>
    `This row is about another child (${p.child}) than the file's first row (${p.first}). Attune brings in one baby at a time: in Baby Buddy's Database Admin, filter the list by child before Export, one file per child.`,
  babybuddy_not_a_record: () => "It is not a record.",
  babybuddy_no_start: () => "It has no start.",
  babybuddy_no_time: () => "It has no time.",
  babybuddy_no_date: () => "It has no date.",
  babybuddy_bad_start: (p: Value) => `Its start "${p.value}" is not a real date and time (${BB_CSV}).`,
  babybuddy_bad_time: (p: Value) => `Its time "${p.value}" is not a real date and time (${BB_CSV}).`,
  babybuddy_bad_end: (p: Value) => `Its end "${p.value}" is not a real date and time (${BB_CSV}).`,
  babybuddy_api_bad_start: (p: Value) => `Its start "${p.value}" is not a real date and time (${BB_API}).`,
  babybuddy_api_bad_time: (p: Value) => `Its time "${p.value}" is not a real date and time (${BB_API}).`,
  babybuddy_api_bad_end: (p: Value) => `Its end "${p.value}" is not a real date and time (${BB_API}).`,
  babybuddy_bad_date: (p: Value) => `Its date "${p.value}" is not a real date (YYYY-MM-DD).`,
  babybuddy_bad_amount: (p: Value) => `Its amount "${p.value}" is not a number of 0 or more.`,
  babybuddy_bad_temperature: (p: Value) => `Its temperature "${p.value}" is not a number of 0 or more.`,
  babybuddy_bad_dosage: (p: Value) => `Its dosage "${p.value}" is not a number of 0 or more.`,
  babybuddy_bad_weight: (p: Value) => `Its weight "${p.value}" is not a number of 0 or more.`,
  babybuddy_bad_height: (p: Value) => `Its height "${p.value}" is not a number of 0 or more.`,
  babybuddy_bad_head_circumference: (p: Value) =>
    `Its head circumference "${p.value}" is not a number of 0 or more.`,
  babybuddy_unreadable_amount: (p: Value) => `Its amount "${p.value}" cannot be read as an amount.`,
  babybuddy_unreadable_temperature: (p: Value) => `Its temperature "${p.value}" cannot be read as an amount.`,
  babybuddy_unreadable_weight: (p: Value) => `Its weight "${p.value}" cannot be read as an amount.`,
  babybuddy_unreadable_height: (p: Value) => `Its height "${p.value}" cannot be read as an amount.`,
  babybuddy_unreadable_head_circumference: (p: Value) =>
    `Its head circumference "${p.value}" cannot be read as an amount.`,
  babybuddy_bad_nap: (p: Value) => `Its nap "${p.value}" is not 1, 0 or empty.`,
  babybuddy_bad_wet: (p: Value) => `Its wet "${p.value}" is not 1, 0 or empty.`,
  babybuddy_bad_solid: (p: Value) => `Its solid "${p.value}" is not 1, 0 or empty.`,
  babybuddy_bad_method: (p: Value) =>
    `The feeding's method "${p.value}" is not one of Baby Buddy's (bottle, left breast, right breast, both breasts, parent fed, self fed).`,
  babybuddy_no_method: () =>
    "The feeding has no method (bottle, left breast, right breast, both breasts, parent fed or self fed).",
  babybuddy_sleep_without_end: () => "A sleep needs its end: this one has none.",
  babybuddy_change_neither: () => "The change says neither whether it was wet nor whether it was solid.",
  babybuddy_no_temperature: () => "It has no temperature.",
  babybuddy_no_weight: () => "It has no weight.",
  babybuddy_no_height: () => "It has no height.",
  babybuddy_no_head_circumference: () => "It has no head circumference.",
  babybuddy_empty_note: () => "The note has no text.",
  babybuddy_unnamed_medication: () => "The medication has no name.",

  // Attune's own export: a JSON file's entries are named by their place in it.
  attune_bad_details_json: () => "Its details are not JSON as Attune writes them.",
  attune_bad_type: () => "It cannot be read: its type is not one Attune logs.",
  attune_bad_started_at: () => "It cannot be read: its startedAt is not an ISO 8601 time.",
  attune_bad_ended_at: () => "It cannot be read: its endedAt is not an ISO 8601 time.",
  attune_unreadable: (p: { problem: string }) => `It cannot be read: ${p.problem}.`,
  attune_entry_bad_type: (p: { entry: number }) =>
    `Entry ${p.entry} cannot be read: its type is not one Attune logs.`,
  attune_entry_bad_started_at: (p: { entry: number }) =>
    `Entry ${p.entry} cannot be read: its startedAt is not an ISO 8601 time.`,
  attune_entry_bad_ended_at: (p: { entry: number }) =>
    `Entry ${p.entry} cannot be read: its endedAt is not an ISO 8601 time.`,
  attune_entry_unreadable: (p: { entry: number; problem: string }) =>
    `Entry ${p.entry} cannot be read: ${p.problem}.`,

  // Read, but not what an entry can hold (storable.ts): values in Attune's units, limits from its schema.
  too_long: () => "It lasts 24 hours or more, longer than one entry can.",
  weight_too_high: (p: Over) =>
    `A weight of ${p.value} kg is outside what Attune can keep (at most ${p.max} kg).`,
  weight_too_low: (p: Under) =>
    `A weight of ${p.value} kg is outside what Attune can keep (at least ${p.min} kg).`,
  length_too_high: (p: Over) =>
    `A length of ${p.value} cm is outside what Attune can keep (at most ${p.max} cm).`,
  length_too_low: (p: Under) =>
    `A length of ${p.value} cm is outside what Attune can keep (at least ${p.min} cm).`,
  head_too_high: (p: Over) =>
    `A head size of ${p.value} cm is outside what Attune can keep (at most ${p.max} cm).`,
  head_too_low: (p: Under) =>
    `A head size of ${p.value} cm is outside what Attune can keep (at least ${p.min} cm).`,
  temperature_too_high: (p: Over) =>
    `A temperature of ${p.value} °C is outside what Attune can keep (at most ${p.max} °C).`,
  temperature_too_low: (p: Under) =>
    `A temperature of ${p.value} °C is outside what Attune can keep (at least ${p.min} °C).`,
  amount_too_high: (p: Over) =>
    `An amount of ${p.value} ml is outside what Attune can keep (at most ${p.max} ml).`,
  /** Any other detail Attune's schema refuses: its key and the schema's own (English) words. */
  details_not_kept: (p: { field: string; problem: string }) => `Its ${p.field} cannot be kept: ${p.problem}.`,

  // Checked as any entry is, when the import runs (run-import.ts).
  in_future: () =>
    "It cannot be kept: it is in the future, and the log keeps what has already happened (are the times read on the right clock?).",
  moment_with_end: () => "It cannot be kept: this kind of entry is a moment in time and takes no end.",
  not_keepable: (p: { problems: string }) => `It cannot be kept: ${p.problems}.`,
} satisfies Record<string, (p: never) => string>;

/**
 * The catalogue: each code's English, from its values (each code's own, which rowError checks; here any, for
 * the one place that words a code it was handed). The web's English must say exactly the same.
 */
export const rowErrorTexts = rowErrorText as unknown as Readonly<
  Record<RowErrorCode, (params: RowErrorValues) => string>
>;

type Texts = typeof rowErrorText;
export type RowErrorCode = keyof Texts;
export type RowErrorValues = Record<string, string | number>;
/** The values a code's sentence takes (none for most). */
export type RowErrorParams<C extends RowErrorCode> =
  Parameters<Texts[C]> extends [infer P] ? P : Record<never, never>;

/** Why a row cannot be an entry, before it is placed on its line. */
export type RowReason = { [C in RowErrorCode]: { code: C; params: RowErrorParams<C> } }[RowErrorCode];

export function reason<C extends RowErrorCode>(code: C, ...params: Parameters<Texts[C]>): RowReason {
  return { code, params: params[0] ?? {} } as RowReason;
}

export const isRowReason = (value: unknown): value is RowReason =>
  typeof value === "object" && value !== null && "code" in value && "params" in value;

/** A row error, its English made from the catalogue. */
export function rowError<C extends RowErrorCode>(
  line: number,
  code: C,
  ...params: Parameters<Texts[C]>
): RowError {
  return errorAt(line, reason(code, ...params));
}

/** A reason placed on its line, with its English. */
export function errorAt(line: number, { code, params }: RowReason): RowError {
  const values: RowErrorValues = params;
  return { line, code, params: values, message: rowErrorTexts[code](values) };
}

/**
 * A reason about one record of Baby Buddy's API, whose lines restart in each model's list: named by its model
 * (`words`, e.g. "Sleep") and its id, or else its place in the list. The web says the same from `model` and
 * `recordId` (imports.rowErrorIn).
 */
export function inRecord(error: RowError, model: string, words: string, recordId: string): RowError {
  return {
    ...error,
    params: { ...error.params, model, ...(recordId ? { recordId } : {}) },
    message: `${words} ${recordId ? `id ${recordId}` : error.line}: ${error.message}`,
  };
}

/** The English checkEntry gives for an import's times (src/domain/entries/rules.ts), by what it is about. */
const KEEP_PROBLEMS: [RegExp, "in_future" | "moment_with_end" | "ends_too_early" | "too_long"][] = [
  [/^(startedAt|endedAt) is in the future/, "in_future"],
  [/ is a moment in time and takes no endedAt$/, "moment_with_end"],
  [/^endedAt must not be before startedAt$/, "ends_too_early"],
  [/^an entry must last less than 24 hours$/, "too_long"],
];

/**
 * A draft that checkEntry refused, when the import runs. A reason it is known to mean is said as such (a row
 * in the future: the file read on the wrong clock, most often); anything else keeps checkEntry's own words.
 */
export function notKept(line: number, problems: readonly string[]): RowError {
  const codes = new Set(problems.map((p) => KEEP_PROBLEMS.find(([pattern]) => pattern.test(p))?.[1] ?? null));
  const [only] = codes;
  if (codes.size === 1 && only) return rowError(line, only);
  return rowError(line, "not_keepable", { problems: problems.join("; ") });
}
