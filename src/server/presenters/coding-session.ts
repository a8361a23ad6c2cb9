import type { CodingSessionView } from "../../contract/coding.js";
import type { CodingSession } from "../../db/repositories/coding-sessions.js";

/** A session as the API sends it: the family and the clinician are the case's, so they are left out. */
export const codingSessionView = (s: CodingSession): CodingSessionView => ({
  id: s.id,
  caseId: s.caseId,
  babyId: s.babyId,
  title: s.title,
  mode: s.mode,
  schemeId: s.schemeId,
  duration: s.duration,
  video: s.video,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});
