import { type Observation, observationSchema } from "../../contract/care-team.js";
import type { Observation as ObservationRow } from "../../db/repositories/observations.js";

export { observationSchema };

export function observationView(o: ObservationRow): Observation {
  return {
    id: o.id,
    clinician: o.clinician,
    baby: o.baby,
    caregiver: o.caregiver,
    text: o.text,
    createdAt: new Date(o.createdAt).toISOString(),
    seenAt: o.seenAt === null ? null : new Date(o.seenAt).toISOString(),
  };
}
