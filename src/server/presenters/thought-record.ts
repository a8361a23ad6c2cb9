import { type ThoughtRecordView, thoughtRecordSchema } from "../../contract/thought-records.js";
import type { ThoughtRecord } from "../../db/repositories/thought-records.js";

export { thoughtRecordSchema };

export function thoughtRecordView(r: ThoughtRecord): ThoughtRecordView {
  return {
    id: r.id,
    familyId: r.familyId,
    situation: r.situation,
    automaticThought: r.automaticThought,
    feelings: r.feelings.map((f) => ({ name: f.name, intensity: f.intensity, after: f.after })),
    evidenceFor: r.evidenceFor,
    evidenceAgainst: r.evidenceAgainst,
    balancedThought: r.balancedThought,
    sharedWithClinicians: r.sharedWithClinicians,
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}
