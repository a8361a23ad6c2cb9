// How the crying helper's lists are written (src/content/crying.ts): one call an item, with its key, what it
// is for and its sources first, then its words, { text: [English, Spanish] }, beside anything only some
// items have. To add an item, copy a line of its list and change it; the objects built are the ones the
// domain and the web read.
import type { CryingReason } from "../domain/guidance/crying.js";
import type { SoothingMethod } from "../domain/guidance/soothing.js";
import { bilingualOf } from "./bilingual.js";
import type { CaregiverLine, RedFlag, RedFlagAction, SoothingSuggestion } from "./crying.js";
import type { SourceKey } from "./sources.js";

/** An item's words, written [English, Spanish] so that the translation sits under its original. */
interface Words {
  readonly text: readonly [en: string, es: string];
}

/** A warning sign, checked before any reason. */
export function redFlag(
  key: string,
  action: RedFlagAction,
  sources: readonly SourceKey[],
  { text, onlyWhenLogged }: Words & Pick<RedFlag, "onlyWhenLogged">,
): RedFlag {
  return { key, text: bilingualOf(text), action, ...(onlyWhenLogged ? { onlyWhenLogged } : {}), sources };
}

/** A way to soothe, for the reasons it answers; `helped` and `untilDays` as in SoothingSuggestion. */
export function soothing(
  key: string,
  forReasons: readonly CryingReason[],
  sources: readonly SourceKey[],
  { text, helped, untilDays }: Words & { helped?: SoothingMethod; untilDays?: number },
): SoothingSuggestion {
  return {
    key,
    text: bilingualOf(text),
    forReasons,
    ...(helped ? { helped } : {}),
    ...(untilDays === undefined ? {} : { untilDays }),
    sources,
  };
}

/** A line for the person holding the crying baby. */
export function caregiverLine(key: string, sources: readonly SourceKey[], { text }: Words): CaregiverLine {
  return { key, text: bilingualOf(text), sources };
}
