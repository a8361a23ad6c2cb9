import type { CaseRecord } from "../../clinician/case-record.js";
import { attuneIdentifier, entryOf, fhirId, referenceTo } from "./ids.js";
import { babyPatientId, caregiverPatientId } from "./patient.js";

export const familyGroupId = (caseId: string) => fhirId("Group", caseId);

/**
 * The dyad as a client of its own: the family's caregivers and babies as one Group. A referral is made for
 * the family (infant massage is for the pair; a support group may be for either parent), so the Group is its
 * ServiceRequest's subject rather than one person picked from it.
 */
export function familyGroup(record: CaseRecord) {
  const members = [
    ...record.caregivers.map((c) => referenceTo(caregiverPatientId(c.userId), c.name || undefined)),
    ...record.babies.map((b) => referenceTo(babyPatientId(b.id), b.name)),
  ];
  return entryOf({
    resourceType: "Group" as const,
    id: familyGroupId(record.openCase.id),
    identifier: [attuneIdentifier("case", record.openCase.id)],
    type: "person" as const,
    actual: true,
    ...(record.familyName ? { name: record.familyName } : {}),
    quantity: members.length,
    member: members.map((entity) => ({ entity })),
  });
}
