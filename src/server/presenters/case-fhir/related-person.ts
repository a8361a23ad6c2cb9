import type { Baby } from "../../../db/repositories/babies.js";
import type { Relationship } from "../../../domain/family.js";
import type { CaseRecord } from "../../clinician/case-record.js";
import { attuneIdentifier, entryOf, fhirId, referenceTo } from "./ids.js";
import { babyPatientId } from "./patient.js";

/**
 * HL7 v3 RoleCode (terminology.hl7.org/CodeSystem/v3-RoleCode, the code system behind FHIR R4's
 * "PatientRelationshipType" value set, http://hl7.org/fhir/R4/valueset-relatedperson-relationshiptype.html):
 * the caregiver's relationship to the baby. MTH mother, FTH father, PRN parent, GRPRN grandparent.
 * A "partner" in Attune is the partner of a parent and may or may not be the baby's parent, and "other" is
 * any other consistent caregiver: neither has a RoleCode that is sure to be true, so they carry only
 * Attune's own code and the text.
 */
export const V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
const roleCodes: Partial<Record<Relationship, { code: string; display: string }>> = {
  mother: { code: "MTH", display: "mother" },
  father: { code: "FTH", display: "father" },
  parent: { code: "PRN", display: "parent" },
  grandparent: { code: "GRPRN", display: "grandparent" },
};

type Caregiver = CaseRecord["caregivers"][number];

export const relatedPersonId = (userId: string, babyId: string) => fhirId("RelatedPerson", userId, babyId);

/**
 * The link that makes a dyad: the caregiver as a RelatedPerson on the baby's record. The caregiver's own
 * Patient carries the same Attune identifier, so a receiver can tell that the two are one person.
 */
export function relatedPerson(c: Caregiver, baby: Baby) {
  const role = roleCodes[c.relationship as Relationship];
  return entryOf({
    resourceType: "RelatedPerson" as const,
    id: relatedPersonId(c.userId, baby.id),
    identifier: [attuneIdentifier("user", c.userId)],
    active: true,
    patient: referenceTo(babyPatientId(baby.id), baby.name),
    relationship: [
      {
        coding: [
          ...(role ? [{ system: V3_ROLE_CODE, ...role }] : []),
          { system: "urn:attune:relationship", code: c.relationship },
        ],
        text: c.relationship,
      },
    ],
    ...(c.name ? { name: [{ text: c.name }] } : {}),
  });
}
