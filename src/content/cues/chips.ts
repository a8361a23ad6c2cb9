// Its own module, apart from index.ts: the log links its cue chips to the guide with this small map alone,
// and importing index.ts would bring every sign's words with it (its source list is built from them).
import type { Cue } from "../../domain/entries/vocabulary.js";

/**
 * Where each cue chip of the log leads in the guide: section ids (see cueSectionId) or cue ids, the best
 * match first. A chip names a state, and a state can have more than one reason (fussy can mean tired,
 * hungry or overwhelmed), so some chips point at several sections.
 */
export const cuesForChip: Readonly<Record<Cue, readonly string[]>> = {
  calm: ["engagement-subtle", "stilling", "smooth-movements"],
  alert_engaged: ["engagement-obvious", "looking-at-face", "bright-eyes"],
  fussy: ["disengagement-subtle", "tired", "hunger-mid"],
  crying: ["crying", "disengagement-obvious", "hunger-late"],
  looking_away: ["looking-away", "turning-away", "disengagement-subtle"],
  sleepy: ["tired", "eye-rubbing", "tired-yawning"],
  hungry: ["hunger", "hunger-early", "rooting"],
  content: ["engagement", "smiling", "cooing-babbling"],
};
