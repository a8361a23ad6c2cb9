import type { Baby } from "../../../db/repositories/babies.js";
import type { CaseRecord } from "../../clinician/case-record.js";
import { attuneIdentifier, entryOf, fhirId } from "./ids.js";

type Caregiver = CaseRecord["caregivers"][number];

export const caregiverPatientId = (userId: string) => fhirId("Patient", "user", userId);
export const babyPatientId = (babyId: string) => fhirId("Patient", "baby", babyId);

/**
 * A caregiver of the family as a Patient: the perinatal clinician's client is the dyad, and each half of it
 * is a person with a record of their own. Only what the case overview shows the clinician: the name the
 * caregiver gave. No email, no account details. Our one name field is not split into given and family
 * names, so it goes in HumanName.text.
 */
export function caregiverPatient(c: Caregiver) {
  return entryOf({
    resourceType: "Patient" as const,
    id: caregiverPatientId(c.userId),
    identifier: [attuneIdentifier("user", c.userId)],
    ...(c.name ? { name: [{ text: c.name }] } : {}),
  });
}

/**
 * A baby as a Patient, with its birth date. A baby still expected has no birth date yet (the due date is the
 * pregnancy's, not a fact of the baby's record) and is listed by name only. Sex and gestational weeks are
 * left out: Patient.gender is administrative gender, not a newborn's recorded sex, and the gestation at
 * birth has no element on Patient.
 */
export function babyPatient(b: Baby) {
  return entryOf({
    resourceType: "Patient" as const,
    id: babyPatientId(b.id),
    identifier: [attuneIdentifier("baby", b.id)],
    name: [{ text: b.name }],
    ...(b.birthDate ? { birthDate: b.birthDate } : {}),
  });
}
