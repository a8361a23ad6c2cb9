import { type CaseRoutes, dyadOf, NO_SUCH_ID } from "./types.js";

/** What the family shares for the clinician to read: check-in results, thought records, the visit summary. */
export const caseRoutes: CaseRoutes = {
  "GET /api/cases/:id/screenings": {
    scope: "screenings",
    call: (as, id) => as.get(`/api/cases/${id}/screenings`),
  },
  "GET /api/cases/:id/thought-records": {
    scope: "thought_records",
    call: (as, id) => as.get(`/api/cases/${id}/thought-records`),
  },
  "GET /api/cases/:id/visit-summary": {
    scope: "visit_summary",
    // The visit summary is for one of the family's babies.
    setup: dyadOf,
    call: (as, id, made) =>
      as.get(`/api/cases/${id}/visit-summary?babyId=${made.babyId ?? NO_SUCH_ID}&days=7`),
  },
};
