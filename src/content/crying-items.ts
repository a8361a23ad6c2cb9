// How the crying helper's lists are written (src/content/crying.ts): one call an item, its key, what it is
// for and its sources first, then its words as [English, Spanish]. The objects they build are the ones the
// domain and the web read.
import type { CryingReason } from "../domain/guidance/crying.js";
import type { SoothingMethod } from "../domain/guidance/soothing.js";
import type { CaregiverLine, RedFlag, RedFlagAction, SoothingSuggestion } from "./crying.js";
import type { Localized } from "./learn/types.js";
import type { SourceKey } from "./sources.js";

type Words = Localized;

/** A warning sign, checked before any reason: `redFlag("key", "emergency", [sources], [English, Spanish])`. */
export function redFlag(
  key: string,
  action: RedFlagAction,
  sources: readonly SourceKey[],
  text: Words,
): RedFlag {
  return { key, text, action, sources };
}

/** A warning sign shown only when the log itself raises it, not in the checklist. */
export function onlyWhenLogged({ sources, ...flag }: RedFlag): RedFlag {
  return { ...flag, onlyWhenLogged: true, sources };
}

/**
 * A way to soothe: the reasons it answers, the matching "what helped" choice in a soothing entry (null when
 * there is none), its sources and its words.
 */
export function soothing(
  key: string,
  forReasons: readonly CryingReason[],
  helped: SoothingMethod | null,
  sources: readonly SourceKey[],
  text: Words,
): SoothingSuggestion {
  return { key, text, forReasons, ...(helped ? { helped } : {}), sources };
}

/** A way to soothe offered only to babies younger than `days` (real age). */
export function untilDays(days: number, { sources, ...suggestion }: SoothingSuggestion): SoothingSuggestion {
  return { ...suggestion, untilDays: days, sources };
}

/** A line for the person holding the crying baby. */
export function caregiverLine(key: string, sources: readonly SourceKey[], text: Words): CaregiverLine {
  return { key, text, sources };
}
