/**
 * A clinician's notes in a case. Two kinds, kept apart:
 * - "progress": the professional record of the work (what happened in a session, what was agreed). It can be
 *   signed, which locks it: from then on its text never changes, and a correction or an addition is an
 *   amendment, with its own author and time, shown after the original. That trail is what makes a signed
 *   note trustworthy as a record.
 * - "private": the clinician's own working thoughts (hunches, their own reactions). They are listed apart
 *   from progress notes and are never exported: the FHIR bundle and any other export leave them out. They
 *   can be signed and amended like any note, for a clinician who wants them fixed in time.
 * Both are clinician-only: the family never sees a note's text, only (in its access log) that one was written.
 */
export const caseNoteKinds = ["progress", "private"] as const;
export type CaseNoteKind = (typeof caseNoteKinds)[number];

export const CASE_NOTE_MAX = 20_000;
export const AMENDMENT_MAX = 5000;
