// The cue guide's search: a sign matches when every word typed appears in its name, what it looks like
// or what it asks, in the language shown. Accents and case are ignored, so "bostezo" finds "bostezó"
// and a tired thumb need not hunt for "é".
import type { GuideCue } from "../../../content/cues/types.js";
import type { Lang } from "../../../content/learn/types.js";

export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function matchesCue(cue: GuideCue, query: string, lang: Lang): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([cue.name[lang], cue.looksLike[lang], cue.asks[lang]].join(" "));
  return words.every((word) => haystack.includes(word));
}
