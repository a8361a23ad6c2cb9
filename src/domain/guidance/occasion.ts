import type { EntryType } from "../entries/vocabulary.js";
import type { Occasion } from "./ideas.js";

/** Which moment of care a logged entry is, for "an idea for this moment". Unlisted types take any-time ideas. */
const byType: Partial<Record<EntryType, Occasion>> = {
  feed: "feeding",
  diaper: "diaper",
  bath: "bath",
  dressing: "dressing",
  sleep: "bedtime",
  walk: "walk",
  play: "play",
  reading: "play",
};

export function occasionFor(type: EntryType): Occasion {
  return byType[type] ?? "any_time";
}
