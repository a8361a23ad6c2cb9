import { type CaseRoutes, dyadOf, type Made, madeId, NO_SUCH_ID } from "./types.js";

/** A check-in request for one of the case family's caregivers. */
const checkIn = (made: Made) => ({
  caregiverId: made.caregiverId ?? NO_SUCH_ID,
  instrumentId: "phq9",
  everyWeeks: 4,
  times: 3,
});

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
    setup: dyadOf,
    call: (as, id, made) => as.post(`/api/cases/${id}/checkins`, checkIn(made)),
    allowed: [201],
  },
  "DELETE /api/cases/:id/checkins/:requestId": {
    // Stopping a request needs one in that case.
    setup: async (clinician, id) => ({
      requestId: madeId(
        await clinician.post(`/api/cases/${id}/checkins`, checkIn(await dyadOf(clinician, id))),
        "a check-in request",
      ),
    }),
    call: (as, id, made) => as.delete(`/api/cases/${id}/checkins/${made.requestId ?? NO_SUCH_ID}`),
  },
};
