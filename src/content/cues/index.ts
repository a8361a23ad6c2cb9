import type { Cue } from "../../domain/entries/vocabulary.js";
import type { SourceKey } from "../sources.js";
import { guideCues } from "./cues.js";
import { cueGroups } from "./groups.js";
import type { CueGroupId, CueLevel } from "./types.js";

export { guideCues } from "./cues.js";
export { cueGroups, cueGuideIntro } from "./groups.js";
export { type Icon, type IconKey, iconStroke, icons } from "./icons.js";
export * from "./types.js";

/** The id of a guide section: a group ("hunger") or a level inside it ("hunger-late"). */
export const cueSectionId = (group: CueGroupId, level?: CueLevel): string =>
  level ? `${group}-${level}` : group;

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

/**
 * What the cue guide rests on: Barnard's NCAST work for the whole guide, then the sources of single groups
 * (Queensland Health's stages of hunger) and single signs, each once, in the order the guide shows them.
 */
export const cueGuideSources: readonly SourceKey[] = [
  ...new Set<SourceKey>([
    "barnard1978",
    "sumnerSpietz1994",
    ...cueGroups.flatMap((g) => g.sources ?? []),
    ...guideCues.flatMap((c) => c.sources ?? []),
  ]),
];
