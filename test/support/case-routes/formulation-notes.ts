import type { HttpClient } from "../http-client.js";
import { type CaseRoutes, dyadOf, type Made, madeId, NO_SUCH_ID } from "./types.js";

/** The version of the dyad's formulation to save from, as the caller reads it (0 when they cannot). */
async function baseVersion(as: HttpClient, caseId: string, made: Made) {
  const current = await as.get(`/api/cases/${caseId}/formulation`);
  const mine = (current.json?.items ?? []).find(
    (d: { caregiver: { id: string }; baby: { id: string } }) =>
      d.caregiver.id === made.caregiverId && d.baby.id === made.babyId,
  );
  return (mine?.latest.version as number | undefined) ?? 0;
}

/** A progress note in the case, made by its own clinician (signed when `signed`). */
const noteIn =
  (signed: boolean) =>
  async (clinician: HttpClient, caseId: string): Promise<Made> => {
    const made = await clinician.post(`/api/cases/${caseId}/notes`, {
      kind: "progress",
      text: "Met at home.",
    });
    const noteId = madeId(made, "a note");
    if (signed) await clinician.post(`/api/cases/${caseId}/notes/${noteId}/sign`, {});
    return { noteId };
  };

const dyad = { caregiverId: NO_SUCH_ID, babyId: NO_SUCH_ID };

export const caseRoutes: CaseRoutes = {
  "GET /api/cases/:id/formulation": { call: (as, id) => as.get(`/api/cases/${id}/formulation`) },
  "GET /api/cases/:id/formulation/versions": {
    setup: dyadOf,
    call: (as, id, made) => {
      const { caregiverId, babyId } = { ...dyad, ...made };
      return as.get(`/api/cases/${id}/formulation/versions?caregiverId=${caregiverId}&babyId=${babyId}`);
    },
  },
  "PUT /api/cases/:id/formulation": {
    setup: dyadOf,
    call: async (as, id, made) =>
      as.put(`/api/cases/${id}/formulation`, {
        ...dyad,
        ...made,
        baseVersion: await baseVersion(as, id, made),
        content: { relationship: { strengths: "She reads his hunger cues early." } },
      }),
  },
  "GET /api/cases/:id/notes": { call: (as, id) => as.get(`/api/cases/${id}/notes`) },
  "POST /api/cases/:id/notes": {
    call: (as, id) => as.post(`/api/cases/${id}/notes`, { kind: "private", text: "Wonder about the birth." }),
    allowed: [201],
  },
  "GET /api/cases/:id/notes/:noteId": {
    setup: noteIn(false),
    call: (as, id, made) => as.get(`/api/cases/${id}/notes/${made.noteId ?? NO_SUCH_ID}`),
  },
  "PATCH /api/cases/:id/notes/:noteId": {
    setup: noteIn(false),
    call: (as, id, made) =>
      as.patch(`/api/cases/${id}/notes/${made.noteId ?? NO_SUCH_ID}`, { text: "Met at home, 50 min." }),
  },
  "POST /api/cases/:id/notes/:noteId/sign": {
    setup: noteIn(false),
    call: (as, id, made) => as.post(`/api/cases/${id}/notes/${made.noteId ?? NO_SUCH_ID}/sign`, {}),
  },
  "POST /api/cases/:id/notes/:noteId/amendments": {
    setup: noteIn(true),
    call: (as, id, made) =>
      as.post(`/api/cases/${id}/notes/${made.noteId ?? NO_SUCH_ID}/amendments`, { text: "Dad joined late." }),
    allowed: [201],
  },
};
