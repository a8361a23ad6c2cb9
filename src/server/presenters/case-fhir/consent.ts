import type { Consent } from "../../../db/repositories/consents.js";
import type { CaseRecord } from "../../clinician/case-record.js";
import { attuneIdentifier, entryOf, fhirId, iso, referenceTo } from "./ids.js";
import { caregiverPatientId } from "./patient.js";
import { practitionerId } from "./practitioner.js";

/** Attune's consent scopes (domain/consent.ts) as codes: what a share lets the clinician see. */
export const CONSENT_SCOPE_SYSTEM = "urn:attune:consent-scope";

/**
 * One of the family's active shares with this clinician, as a FHIR R4 Consent:
 * - status "active" (only active shares are exported: they are what opens the case);
 * - scope consentscope#patient-privacy: a decision about who may see the family's information;
 * - category LOINC 64292-6 "Release of information consent";
 * - policyRule v3 ActCode OPTIN: nothing is shared until the family opts in (R4 requires a policy or a
 *   policyRule, invariant ppc-1);
 * - patient and performer: the caregiver who made the share, when their account still exists;
 * - provision: permit, for the share's period (accepted or made → expiry), to the clinician as the
 *   information recipient (v3 ParticipationType IRCP), action "access".
 *
 * The data the share covers (its scopes) go in provision.class, as codes of Attune's own system, rather than in
 * an extension. provision.class is the element FHIR defines for "the class of information covered by this
 * rule", so a receiver that enforces consents reads it without knowing Attune; an extension would be ignored
 * by exactly those receivers. Its binding (ConsentContentClass: resource types and MIME types) is extensible,
 * and no code in it means "a family's care log" or "the visit summary", so codes of our own are allowed.
 */
export function consentResource(record: CaseRecord, share: Consent) {
  const granter = record.caregivers.find((c) => c.userId === share.grantedBy);
  const patient = granter ? referenceTo(caregiverPatientId(granter.userId), granter.name || undefined) : null;
  return entryOf({
    resourceType: "Consent" as const,
    id: fhirId("Consent", share.id),
    identifier: [attuneIdentifier("consent", share.id)],
    status: "active" as const,
    scope: {
      coding: [
        {
          system: "http://terminology.hl7.org/CodeSystem/consentscope",
          code: "patient-privacy",
          display: "Privacy Consent",
        },
      ],
    },
    category: [
      {
        coding: [{ system: "http://loinc.org", code: "64292-6", display: "Release of information consent" }],
      },
    ],
    ...(patient ? { patient, performer: [patient] } : {}),
    dateTime: iso(share.createdAt),
    policyRule: {
      coding: [
        { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "OPTIN", display: "opt-in" },
      ],
    },
    provision: {
      type: "permit" as const,
      period: { start: iso(share.acceptedAt ?? share.createdAt), end: iso(share.expiresAt) },
      actor: [
        {
          role: {
            coding: [
              {
                system: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                code: "IRCP",
                display: "information recipient",
              },
            ],
          },
          reference: referenceTo(practitionerId(record.clinician.id), record.clinician.name || undefined),
        },
      ],
      action: [
        { coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentaction", code: "access" }] },
      ],
      class: share.scopes.map((scope) => ({ system: CONSENT_SCOPE_SYSTEM, code: scope })),
    },
  });
}
