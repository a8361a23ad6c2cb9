import type { CaseAuditRow, CaseRecord } from "../../clinician/case-record.js";
import { attuneIdentifier, entryOf, fhirId, iso, referenceTo } from "./ids.js";
import { practitionerId } from "./practitioner.js";

/**
 * One of the clinician's reads or writes of the case (audit_events, action case.read or case.write) as an
 * R4 AuditEvent: a RESTful operation (audit-event-type "rest") with its FHIR interaction as subtype and its
 * action code (R read, C create, U update), recorded when it happened, by the clinician as the requesting
 * agent from the address the request came from, observed by this Attune server. The entity is the case,
 * by identifier (a case is not a FHIR resource), with the part of it read or written and any ids of ours as
 * details. Every event here was served: a read is logged before its reply, a write inside its transaction.
 */
function actionOf(row: CaseAuditRow): { action: "R" | "C" | "U"; interaction: string } {
  if (row.action === "case.read") return { action: "R", interaction: "read" };
  return row.details.change === "create"
    ? { action: "C", interaction: "create" }
    : { action: "U", interaction: "update" };
}

export function auditEvent(record: CaseRecord, row: CaseAuditRow, observer: string) {
  const { action, interaction } = actionOf(row);
  const details = Object.entries(row.details).map(([type, value]) => ({
    type,
    valueString: typeof value === "string" ? value : JSON.stringify(value),
  }));
  return entryOf({
    resourceType: "AuditEvent" as const,
    id: fhirId("AuditEvent", row.id),
    type: {
      system: "http://terminology.hl7.org/CodeSystem/audit-event-type",
      code: "rest",
      display: "RESTful Operation",
    },
    subtype: [{ system: "http://hl7.org/fhir/restful-interaction", code: interaction }],
    action,
    recorded: iso(row.at),
    outcome: "0" as const,
    purposeOfEvent: [
      {
        coding: [
          {
            system: "http://terminology.hl7.org/CodeSystem/v3-ActReason",
            code: "TREAT",
            display: "treatment",
          },
        ],
      },
    ],
    agent: [
      {
        who: referenceTo(practitionerId(record.clinician.id), record.clinician.name || undefined),
        requestor: true,
        ...(row.ip ? { network: { address: row.ip, type: "2" as const } } : {}),
      },
    ],
    source: {
      observer: { display: observer },
      type: [
        {
          system: "http://terminology.hl7.org/CodeSystem/security-source-type",
          code: "4",
          display: "Application Server",
        },
      ],
    },
    entity: [
      {
        what: { identifier: attuneIdentifier("case", record.openCase.id) },
        ...(details.length ? { detail: details } : {}),
      },
    ],
  });
}
