import type { HttpClient } from "../http-client.js";
import type { CaseRoutes } from "./types.js";

/** A written-in referral, so that the matrix needs no directory listing. */
const writtenIn = { name: "Bay Lactation Circle", service: "lactation", contact: { phone: "555 0100" } };

/**
 * Moving a referral's status needs a referral in that case: make one as the same caller first. Whoever may
 * not make one gets a made-up id, which the case's policy refuses before the id is looked at.
 */
async function referralIn(as: HttpClient, caseId: string): Promise<string> {
  const made = await as.post(`/api/cases/${caseId}/referrals`, writtenIn);
  return made.status === 201 ? (made.json.id as string) : "0190a6d1-0000-7000-8000-000000000001";
}

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
    call: async (as, id) =>
      as.patch(`/api/cases/${id}/referrals/${await referralIn(as, id)}`, { status: "contacted" }),
  },
};
