import type { HttpClient } from "../http-client.js";
import type { CaseRoutes } from "./types.js";

const madeUp = "0190a6d1-0000-7000-8000-000000000002";

/**
 * Asking for a check-in needs a caregiver of that case's family: read one from the case's overview as the
 * same caller. Whoever may not read it gets a made-up id, which the case's policy refuses before the body is
 * looked at.
 */
async function aCheckIn(as: HttpClient, caseId: string) {
  const overview = await as.get(`/api/cases/${caseId}`);
  const caregiverId = overview.status === 200 ? (overview.json.caregivers[0]?.userId as string) : madeUp;
  return { caregiverId, instrumentId: "phq9", everyWeeks: 4, times: 3 };
}

/** Stopping a request needs one in that case: make one as the same caller first. */
async function requestIn(as: HttpClient, caseId: string): Promise<string> {
  const made = await as.post(`/api/cases/${caseId}/checkins`, await aCheckIn(as, caseId));
  return made.status === 201 ? (made.json.id as string) : madeUp;
}

/** Assignments and check-in requests: any open case; shared results are left out inside, not refused. */
export const caseRoutes: CaseRoutes = {
  "GET /api/cases/:id/assignments": { call: (as, id) => as.get(`/api/cases/${id}/assignments`) },
  "POST /api/cases/:id/assignments": {
    call: (as, id) =>
      as.post(`/api/cases/${id}/assignments`, { kind: "article", ref: "attachment-quality-of-care" }),
    allowed: [201],
  },
  "GET /api/cases/:id/checkins": { call: (as, id) => as.get(`/api/cases/${id}/checkins`) },
  "POST /api/cases/:id/checkins": {
    call: async (as, id) => as.post(`/api/cases/${id}/checkins`, await aCheckIn(as, id)),
    allowed: [201],
  },
  "DELETE /api/cases/:id/checkins/:requestId": {
    call: async (as, id) => as.delete(`/api/cases/${id}/checkins/${await requestIn(as, id)}`),
  },
};
