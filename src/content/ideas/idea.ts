import type { Situation } from "../../domain/guidance/situation.js";
import { bilingualOf } from "../bilingual.js";
import type { SourceKey } from "../sources.js";
import type { AgeBand, Idea, Occasion } from "./types.js";

/** What an idea says, each written [English, Spanish] so that the translation sits under its original. */
export interface IdeaWords {
  readonly text: readonly [en: string, es: string];
  readonly why: readonly [en: string, es: string];
}

/**
 * One bonding idea from its parts, in the order an editor thinks of them: its stable id, the age bands and
 * moments of care it suits, the source its reason rests on, then its words. To add an idea, add a line to the
 * age band file where it begins:
 *   idea("new-kebab-id", ["3-6m"], ["play"], "sourceKey", { text: [English, Spanish], why: [English, Spanish] })
 */
export function idea(
  id: string,
  ageBands: readonly AgeBand[],
  occasions: readonly Occasion[],
  source: SourceKey,
  words: IdeaWords,
): Idea {
  return { id, ageBands, occasions, text: bilingualOf(words.text), why: bilingualOf(words.why), source };
}

/** An idea only for families in one situation (a baby in the NICU); the situation is read next to its id. */
export function onlyIn(situation: Situation, { id, ...rest }: Idea): Idea {
  return { id, situation, ...rest };
}
