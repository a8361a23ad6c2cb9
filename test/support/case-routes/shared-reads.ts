import type { HttpClient } from "../http-client.js";
import type { CaseRoutes } from "./types.js";

const madeUp = "0190a6d1-0000-7000-8000-000000000003";

/**
 * The visit summary is for one of the family's babies: read one from the case's overview as the same caller.
 * Whoever may not read the case gets a made-up id, which the case's policy refuses before it is looked at.
 */
async function aBaby(as: HttpClient, caseId: string) {
  const overview = await as.get(`/api/cases/${caseId}`);
  return overview.status === 200 ? (overview.json.babies[0]?.id as string) : madeUp;
}

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
    call: async (as, id) => as.get(`/api/cases/${id}/visit-summary?babyId=${await aBaby(as, id)}&days=7`),
  },
};
