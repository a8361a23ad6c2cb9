import type { CaseRoutes } from "./types.js";

export const caseRoutes: CaseRoutes = {
  "GET /api/cases/:id": { call: (as, id) => as.get(`/api/cases/${id}`) },
  "GET /api/cases/:id/entries": { scope: "entries", call: (as, id) => as.get(`/api/cases/${id}/entries`) },
};
