import { type CaseRoutes, madeId, NO_SUCH_ID } from "./types.js";

/** A written-in referral, so that the matrix needs no directory listing. */
const writtenIn = { name: "Bay Lactation Circle", service: "lactation", contact: { phone: "555 0100" } };

export const caseRoutes: CaseRoutes = {
  "GET /api/cases/:id/observations": { call: (as, id) => as.get(`/api/cases/${id}/observations`) },
  "POST /api/cases/:id/observations": {
    call: (as, id) =>
      as.post(`/api/cases/${id}/observations`, { text: "You knew just when Robin needed a pause." }),
    allowed: [201],
  },
  "GET /api/cases/:id/referrals": { call: (as, id) => as.get(`/api/cases/${id}/referrals`) },
  "POST /api/cases/:id/referrals": {
    call: (as, id) => as.post(`/api/cases/${id}/referrals`, writtenIn),
    allowed: [201],
  },
  "PATCH /api/cases/:id/referrals/:referralId": {
    // Moving a referral's status needs a referral in that case.
    setup: async (clinician, id) => ({
      referralId: madeId(await clinician.post(`/api/cases/${id}/referrals`, writtenIn), "a referral"),
    }),
    call: (as, id, made) =>
      as.patch(`/api/cases/${id}/referrals/${made.referralId ?? NO_SUCH_ID}`, { status: "contacted" }),
  },
};
