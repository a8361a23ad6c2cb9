/**
 * An assignment: something a clinician sends the family to read or try between visits (psychoeducation, a
 * cue-guide section, a bonding idea). The family says how it went, if they like: "read" or "tried", and a
 * few words of their own. Nothing is graded and nothing is overdue; an unanswered assignment just waits.
 */
export const assignmentKinds = [
  /** A Learn article, by its slug (src/content/learn). */
  "article",
  /** A section of the cue guide: a group ("hunger") or a level in it ("hunger-late") (src/content/cues). */
  "cue_section",
  /** A bonding idea, by its id (src/content/ideas). */
  "idea",
] as const;
export type AssignmentKind = (typeof assignmentKinds)[number];

/** "sent" until a caregiver answers; then whichever they chose last (they may change their mind). */
export const assignmentStatuses = ["sent", "read", "tried"] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];
/** What a caregiver may set. */
export const assignmentAnswers = ["read", "tried"] as const;

/** The clinician's covering note, and the family's reflection: short by design. */
export const ASSIGNMENT_NOTE_MAX = 500;
export const REFLECTION_MAX = 1000;
