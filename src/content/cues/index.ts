import type { SourceKey } from "../sources.js";
import { guideCues } from "./cues.js";
import { cueGroups } from "./groups.js";
import type { CueGroupId, CueLevel } from "./types.js";

export { cuesForChip } from "./chips.js";
export { guideCues } from "./cues.js";
export { cueGroups, cueGuideIntro } from "./groups.js";
export { type Icon, type IconKey, iconStroke, icons } from "./icons.js";
export * from "./types.js";

/** The id of a guide section: a group ("hunger") or a level inside it ("hunger-late"). */
export const cueSectionId = (group: CueGroupId, level?: CueLevel): string =>
  level ? `${group}-${level}` : group;

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
