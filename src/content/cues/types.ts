import type { Localized } from "../learn/types.js";
import type { SourceKey } from "../sources.js";
import type { IconKey } from "./icons.js";

export const cueGroupIds = ["engagement", "disengagement", "hunger", "tired"] as const;
export type CueGroupId = (typeof cueGroupIds)[number];

export const cueLevels = ["obvious", "subtle", "early", "mid", "late"] as const;
export type CueLevel = (typeof cueLevels)[number];

/** One sign a baby shows, as the guide describes it. */
export interface GuideCue {
  /** Kebab-case, unique across cues and section ids; the web uses it as the element id. */
  readonly id: string;
  readonly group: CueGroupId;
  readonly level?: CueLevel;
  readonly name: Localized;
  /** What the caregiver sees, in one line. */
  readonly looksLike: Localized;
  /** What the cue usually asks of the caregiver, in one line, in the baby's voice. */
  readonly asks: Localized;
  /** When a sign is harder to see on some babies, what to look for instead. */
  readonly visibilityNote?: Localized;
  /**
   * When this sign can turn into an emergency: the crying helper's red flags it steps up to (keys of
   * `redFlags` in src/content/crying.ts, each an "emergency" one), for the guide to link to the helper's
   * emergency step. The cue's own words say when (see coughing-choking).
   */
  readonly stepsUpTo?: readonly string[];
  /** Sources for this sign beyond those of the whole guide (cueGuideSources). */
  readonly sources?: readonly SourceKey[];
  readonly icon: IconKey;
}

/** A level inside a group (engagement: obvious, subtle; hunger: early, mid, late). */
export interface CueSection {
  readonly level: CueLevel;
  readonly title: Localized;
  readonly note?: Localized;
}

export interface CueGroup {
  readonly id: CueGroupId;
  readonly title: Localized;
  readonly intro: Localized;
  /** The levels in the order the guide shows them; empty when the group has none (tired). */
  readonly sections: readonly CueSection[];
  /** Sources for this group beyond those of the whole guide (cueGuideSources). */
  readonly sources?: readonly SourceKey[];
}
