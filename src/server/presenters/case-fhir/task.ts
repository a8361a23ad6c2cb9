import type { Referral } from "../../../db/repositories/referrals.js";
import type { ReferralStatus } from "../../../domain/referral.js";
import type { CaseRecord } from "../../clinician/case-record.js";
import { familyGroupId } from "./group.js";
import { attuneIdentifier, entryOf, fhirId, iso, referenceTo } from "./ids.js";
import { practitionerId } from "./practitioner.js";
import { serviceRequestId } from "./service-request.js";

/**
 * Where a referral stands, step by step, as FHIR's workflow pattern puts it: a Task that fulfils the
 * ServiceRequest, its status from http://hl7.org/fhir/R4/valueset-task-status.html and the family's own
 * words for the step (suggested, contacted, booked, attended, declined) as its businessStatus.
 */
const taskStatus: Record<
  ReferralStatus,
  "requested" | "in-progress" | "accepted" | "completed" | "rejected"
> = {
  suggested: "requested",
  contacted: "in-progress",
  booked: "accepted",
  attended: "completed",
  declined: "rejected",
};

export function referralTask(record: CaseRecord, r: Referral) {
  return entryOf({
    resourceType: "Task" as const,
    id: fhirId("Task", r.id),
    identifier: [attuneIdentifier("referral", r.id)],
    basedOn: [referenceTo(serviceRequestId(r.id))],
    status: taskStatus[r.status],
    businessStatus: {
      coding: [{ system: "urn:attune:referral-status", code: r.status }],
      text: r.status,
    },
    intent: "proposal" as const,
    focus: referenceTo(serviceRequestId(r.id)),
    for: referenceTo(familyGroupId(record.openCase.id), record.familyName || undefined),
    authoredOn: iso(r.createdAt),
    lastModified: iso(r.statusAt),
    ...(r.clinician?.id === record.clinician.id
      ? { requester: referenceTo(practitionerId(r.clinician.id)) }
      : {}),
  });
}
