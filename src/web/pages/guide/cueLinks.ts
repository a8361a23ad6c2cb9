// Where a cue chip of the log leads in the cue guide, for Today and the entry editor to link to. Only the
// small chip-to-section map is used here, so the guide's words and drawings stay in the guide's chunk.
// (.js imports: unit tests load this under Node's rules.)
import { cuesForChip } from "../../../content/cues/chips.js";
import type { Cue } from "../../../domain/entries/vocabulary.js";

export const CUE_GUIDE_PATH = "/guide/cues";

/** "/guide/cues#hunger-early" for the chip "hungry": the best-matching section or sign, the guide itself if none. */
export function cueGuideHref(chip: Cue): string {
  const [best] = cuesForChip[chip] ?? [];
  return best ? `${CUE_GUIDE_PATH}#${best}` : CUE_GUIDE_PATH;
}
