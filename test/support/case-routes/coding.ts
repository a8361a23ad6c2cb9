import { randomUUID } from "node:crypto";
import type { HttpClient } from "../http-client.js";
import { type CaseRoutes, type Made, madeId, NO_SUCH_ID } from "./types.js";

const newSession = { title: "Play on the mat", mode: "live" };
const batch = () => ({ events: [{ id: randomUUID(), code: "gaze", at: 1 }] });

/** A coding session in the case with one coded event, made by its own clinician. */
async function sessionIn(clinician: HttpClient, caseId: string): Promise<Made> {
  const sessionId = madeId(
    await clinician.post(`/api/cases/${caseId}/coding-sessions`, newSession),
    "a coding session",
  );
  const coded = await clinician.post(`/api/cases/${caseId}/coding-sessions/${sessionId}/events`, batch());
  if (coded.status !== 200)
    throw new Error(`setup: the event was refused (${coded.status} ${coded.text.slice(0, 200)})`);
  return { sessionId };
}

const session = (id: string, made: Made) =>
  `/api/cases/${id}/coding-sessions/${made.sessionId ?? NO_SUCH_ID}`;

/** Coding sessions: any open case, no scope of its own. */
export const caseRoutes: CaseRoutes = {
  "GET /api/cases/:id/coding-sessions": { call: (as, id) => as.get(`/api/cases/${id}/coding-sessions`) },
  "POST /api/cases/:id/coding-sessions": {
    call: (as, id) => as.post(`/api/cases/${id}/coding-sessions`, newSession),
    allowed: [201],
  },
  "GET /api/cases/:id/coding-sessions/:sessionId": {
    setup: sessionIn,
    call: (as, id, made) => as.get(session(id, made)),
  },
  "POST /api/cases/:id/coding-sessions/:sessionId/events": {
    setup: sessionIn,
    call: (as, id, made) => as.post(`${session(id, made)}/events`, batch()),
  },
  "GET /api/cases/:id/coding-sessions/:sessionId/analysis": {
    setup: sessionIn,
    call: (as, id, made) => as.get(`${session(id, made)}/analysis?pairs=gaze:mirror`),
  },
  "GET /api/cases/:id/coding-sessions/:sessionId/export": {
    setup: sessionIn,
    call: (as, id, made) => as.get(`${session(id, made)}/export?format=csv`),
  },
};
