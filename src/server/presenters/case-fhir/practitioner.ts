import type { CaseRecord } from "../../clinician/case-record.js";
import { attuneIdentifier, entryOf, fhirId } from "./ids.js";

export const practitionerId = (userId: string) => fhirId("Practitioner", userId);

/**
 * The clinician who holds the case: the one the family's Consent names, who made the referrals and whose
 * reads and writes the AuditEvents record.
 */
export function practitioner(clinician: CaseRecord["clinician"]) {
  return entryOf({
    resourceType: "Practitioner" as const,
    id: practitionerId(clinician.id),
    identifier: [attuneIdentifier("user", clinician.id)],
    ...(clinician.name ? { name: [{ text: clinician.name }] } : {}),
  });
}
