import type { CaseRoutes } from "./types.js";

/** The FHIR export: any open case; what each scope covers is left out inside, not refused. */
export const caseRoutes: CaseRoutes = {
  "GET /api/cases/:id/fhir": { call: (as, id) => as.get(`/api/cases/${id}/fhir`) },
};
