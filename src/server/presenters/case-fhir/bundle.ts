import type { InstrumentDefinition } from "../../../domain/screening/definition.js";
import type { CaseRecord } from "../../clinician/case-record.js";
import { auditEvent } from "./audit-event.js";
import { consentResource } from "./consent.js";
import { familyGroup } from "./group.js";
import { fhirId, iso } from "./ids.js";
import { babyPatient, caregiverPatient } from "./patient.js";
import { practitioner } from "./practitioner.js";
import { relatedPerson } from "./related-person.js";
import { screeningResources } from "./screening.js";
import { serviceRequest } from "./service-request.js";
import { referralTask } from "./task.js";

/**
 * A case as a FHIR R4 Bundle of type "collection": everything the clinician may see of it, to take to a
 * clinical record system. A "document" bundle would need a Composition with sections and a narrative for each
 * resource; a collection promises no more than a set of resources, which is what this is.
 *
 * The people (a Patient per caregiver and per baby, a RelatedPerson for each caregiver–baby pair, the Group
 * of them, the clinician as Practitioner), then the shared check-ins, the referrals, the family's active
 * shares and the clinician's own reads and writes. Nothing else of the case: never a private note.
 * Every reference between resources is the urn:uuid fullUrl of an entry in the bundle.
 */
export function caseBundle(
  record: CaseRecord,
  options: {
    instruments: { get(id: string): InstrumentDefinition | undefined };
    /** Who observed the audit events: this server, by name and version. */
    observer: string;
    now?: number;
  },
) {
  const now = options.now ?? Date.now();
  return {
    resourceType: "Bundle" as const,
    // The case's id, not the moment's: the same case gives the same bundle id; `timestamp` tells versions apart.
    id: fhirId("Bundle", record.openCase.id),
    identifier: { system: "urn:attune:case", value: record.openCase.id },
    type: "collection" as const,
    timestamp: iso(now),
    entry: [
      ...record.caregivers.map(caregiverPatient),
      ...record.babies.map(babyPatient),
      ...record.caregivers.flatMap((c) => record.babies.map((b) => relatedPerson(c, b))),
      familyGroup(record),
      practitioner(record.clinician),
      ...screeningResources(record, options.instruments),
      ...record.referrals.flatMap((r) => [serviceRequest(record, r, now), referralTask(record, r)]),
      ...record.shares.map((share) => consentResource(record, share)),
      ...record.audit.map((row) => auditEvent(record, row, options.observer)),
    ],
  };
}
