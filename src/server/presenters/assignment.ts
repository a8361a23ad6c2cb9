import { assignable } from "../../content/assignable.js";
import { type Assignment, assignmentSchema } from "../../contract/assignments.js";
import type { Assignment as AssignmentRow } from "../../db/repositories/assignments.js";
import type { Locale } from "../../domain/account.js";

/** The reply's schema is the contract's; routes take it from here with the view that fills it. */
export { assignmentSchema };

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function assignmentView(a: AssignmentRow, lang: Locale): Assignment {
  // Content is shipped with the app and ids are never renamed; if one were, the assignment still reads.
  const content = assignable(a.kind, a.ref);
  return {
    id: a.id,
    clinician: a.clinician,
    kind: a.kind,
    ref: a.ref,
    title: content?.title[lang] ?? a.ref,
    summary: content?.summary[lang] ?? "",
    path: content?.path ?? null,
    note: a.note,
    status: a.status,
    statusAt: iso(a.statusAt),
    answeredBy: a.answeredBy,
    reflection: a.reflection,
    createdAt: new Date(a.createdAt).toISOString(),
  };
}
