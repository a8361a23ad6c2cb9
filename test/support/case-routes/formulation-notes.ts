import type { HttpClient } from "../http-client.js";
import type { CaseRoutes } from "./types.js";

/** A made-up id, for a caller whose own setup was refused: the case's policy refuses before it is looked at. */
const madeUp = "0190a6d1-0000-7000-8000-000000000002";

/**
 * A dyad of the case's family and the version to save from, read as the same caller (the overview names the
 * family's caregivers and babies). Whoever may not read them sends made-up ids, refused by the case's policy.
 */
async function nextSave(as: HttpClient, caseId: string) {
  const overview = await as.get(`/api/cases/${caseId}`);
  const caregiverId: string = overview.json?.caregivers?.[0]?.userId ?? madeUp;
  const babyId: string = overview.json?.babies?.[0]?.id ?? madeUp;
  const current = await as.get(`/api/cases/${caseId}/formulation`);
  const mine = (current.json?.items ?? []).find(
    (d: { caregiver: { id: string }; baby: { id: string } }) =>
      d.caregiver.id === caregiverId && d.baby.id === babyId,
  );
  return { caregiverId, babyId, baseVersion: (mine?.latest.version as number | undefined) ?? 0 };
}

/** A note in the case, made by the same caller (signed when `signed`); a made-up id for whoever may not. */
async function noteIn(as: HttpClient, caseId: string, signed = false): Promise<string> {
  const made = await as.post(`/api/cases/${caseId}/notes`, { kind: "progress", text: "Met at home." });
  if (made.status !== 201) return madeUp;
  if (signed) await as.post(`/api/cases/${caseId}/notes/${made.json.id}/sign`, {});
  return made.json.id as string;
}

export const caseRoutes: CaseRoutes = {
  "GET /api/cases/:id/formulation": { call: (as, id) => as.get(`/api/cases/${id}/formulation`) },
  "GET /api/cases/:id/formulation/versions": {
    call: async (as, id) => {
      const { caregiverId, babyId } = await nextSave(as, id);
      return as.get(`/api/cases/${id}/formulation/versions?caregiverId=${caregiverId}&babyId=${babyId}`);
    },
  },
  "PUT /api/cases/:id/formulation": {
    call: async (as, id) =>
      as.put(`/api/cases/${id}/formulation`, {
        ...(await nextSave(as, id)),
        content: { relationship: { strengths: "She reads his hunger cues early." } },
      }),
  },
  "GET /api/cases/:id/notes": { call: (as, id) => as.get(`/api/cases/${id}/notes`) },
  "POST /api/cases/:id/notes": {
    call: (as, id) => as.post(`/api/cases/${id}/notes`, { kind: "private", text: "Wonder about the birth." }),
    allowed: [201],
  },
  "GET /api/cases/:id/notes/:noteId": {
    call: async (as, id) => as.get(`/api/cases/${id}/notes/${await noteIn(as, id)}`),
  },
  "PATCH /api/cases/:id/notes/:noteId": {
    call: async (as, id) =>
      as.patch(`/api/cases/${id}/notes/${await noteIn(as, id)}`, { text: "Met at home, 50 min." }),
  },
  "POST /api/cases/:id/notes/:noteId/sign": {
    call: async (as, id) => as.post(`/api/cases/${id}/notes/${await noteIn(as, id)}/sign`, {}),
  },
  "POST /api/cases/:id/notes/:noteId/amendments": {
    call: async (as, id) =>
      as.post(`/api/cases/${id}/notes/${await noteIn(as, id, true)}/amendments`, {
        text: "Dad joined late.",
      }),
    allowed: [201],
  },
};
