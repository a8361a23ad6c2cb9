// Every word an import writes into a family's log that is Attune's own rather than the file's: what the
// readers add to a note or name beside the file's text ("woke: Happy", "nap", "total of both sides"), and the
// caregiver line the import adds. They are stored in the log, so they are written in the language of the
// person importing; the file's own text (a caregiver's note, a medicine's name, a condition as the tracker
// wrote it) stays as written. Not interface words: src/web/i18n is for what the app shows, not what it stores.
import type { Locale } from "../account.js";

export interface NoteWords {
  /** How a sleep ended, in the tracker's own words (Huckleberry's End Condition). */
  woke(condition: string): string;
  /** The name of a medicine the file does not name (Huckleberry's Meds with no Start Location). */
  medicine: string;
  /** A routine the file does not name (Nara's Routine row with no Routine). */
  routine: string;
  /** A sleep Baby Buddy marked as a nap, and one it marked as not. */
  nap: string;
  nightSleep: string;
  /** A bare amount ("3", "30 ml") the entry's details have no place for. */
  amount(amount: string): string;
  /** One amount for a whole pumping, kept on the left side. */
  bothSidesTotal: string;
  /** When the next dose was due, as an interval ("4 h", "1 h 30 min"). */
  nextDoseAfter(interval: string): string;
  /**
   * Baby Buddy's own feeding types and methods, which it stores as these English values whatever the
   * family's language ("fortified breast milk", "parent fed"); a value not listed here is kept as written.
   */
  babyBuddyFeeding: Readonly<Record<string, string>>;
  /** The caregiver a source names as having logged an entry: a name, never an account. */
  loggedBy(name: string): string;
}

export const noteWords: Record<Locale, NoteWords> = {
  en: {
    woke: (condition) => `woke: ${condition}`,
    medicine: "Medicine",
    routine: "Routine",
    nap: "nap",
    nightSleep: "night sleep",
    amount: (amount) => `amount ${amount}`,
    bothSidesTotal: "total of both sides",
    nextDoseAfter: (interval) => `next dose after ${interval}`,
    babyBuddyFeeding: {
      "breast milk": "breast milk",
      formula: "formula",
      "fortified breast milk": "fortified breast milk",
      "solid food": "solid food",
      bottle: "bottle",
      "left breast": "left breast",
      "right breast": "right breast",
      "both breasts": "both breasts",
      "parent fed": "parent fed",
      "self fed": "self fed",
    },
    loggedBy: (name) => `Logged by ${name}`,
  },
  es: {
    woke: (condition) => `se despertó: ${condition}`,
    medicine: "Medicina",
    routine: "Rutina",
    nap: "siesta",
    nightSleep: "sueño de noche",
    amount: (amount) => `cantidad ${amount}`,
    bothSidesTotal: "total de los dos lados",
    nextDoseAfter: (interval) => `próxima dosis en ${interval}`,
    babyBuddyFeeding: {
      "breast milk": "leche materna",
      formula: "fórmula",
      "fortified breast milk": "leche materna fortificada",
      "solid food": "comida sólida",
      bottle: "biberón",
      "left breast": "pecho izquierdo",
      "right breast": "pecho derecho",
      "both breasts": "los dos pechos",
      "parent fed": "le dieron de comer",
      "self fed": "comió sin ayuda",
    },
    loggedBy: (name) => `Registrado por ${name}`,
  },
};

/** One of Baby Buddy's feeding values in `words`, or the value as written when it is not one Baby Buddy lists. */
export function babyBuddyValue(words: NoteWords, value: string): string {
  return Object.hasOwn(words.babyBuddyFeeding, value) ? (words.babyBuddyFeeding[value] as string) : value;
}
