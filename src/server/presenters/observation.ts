import { z } from "zod";
import type { Observation } from "../../db/repositories/observations.js";

const person = z.object({ id: z.string(), name: z.string() });

export const observationSchema = z.object({
  id: z.string(),
  clinician: person.nullable().describe("Who sent it; null if their account has since been closed"),
  baby: person.nullable().describe("The baby of the dyad it is about, when the clinician named one"),
  caregiver: person.nullable().describe("The caregiver of the dyad it is about (a user id), when named"),
  text: z.string(),
  createdAt: z.string(),
  seenAt: z.string().nullable().describe("When a caregiver of the family first marked it seen"),
});
export type ObservationView = z.infer<typeof observationSchema>;

export function observationView(o: Observation): ObservationView {
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
