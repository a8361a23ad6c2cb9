import { serviceWords } from "../../../content/directory/terms.js";
import type { Referral } from "../../../db/repositories/referrals.js";
import type { ReferralStatus } from "../../../domain/referral.js";
import type { CaseRecord } from "../../clinician/case-record.js";
import { referralView } from "../referral.js";
import { familyGroupId } from "./group.js";
import { attuneIdentifier, entryOf, fhirId, iso, referenceTo } from "./ids.js";
import { practitionerId } from "./practitioner.js";

export const serviceRequestId = (referralId: string) => fhirId("ServiceRequest", referralId);

/**
 * ServiceRequest.status (http://hl7.org/fhir/R4/valueset-request-status.html) for where a referral stands.
 * The family's finer steps (contacted, booked) are all "active": the request stands until it is attended
 * (completed) or the family decides against it (revoked). The exact step is on the referral's Task.
 */
const requestStatus: Record<ReferralStatus, "active" | "completed" | "revoked"> = {
  suggested: "active",
  contacted: "active",
  booked: "active",
  attended: "completed",
  declined: "revoked",
};

/**
 * A referral as a ServiceRequest. intent "proposal": the clinician suggests, the family decides (FHIR: "a
 * suggestion made by someone ... without providing an authorization to act"). The provider is shown as the
 * clinician's referral list shows it (presenters/referral.ts): a directory listing's contact only while it is
 * public.
 */
export function serviceRequest(record: CaseRecord, r: Referral, now: number) {
  const view = referralView(r, now);
  const { provider } = view;
  const contact = provider.contact
    ? [
        ...(provider.contact.phone ? [{ system: "phone", value: provider.contact.phone }] : []),
        ...(provider.contact.email ? [{ system: "email", value: provider.contact.email }] : []),
        ...(provider.contact.website ? [{ system: "url", value: provider.contact.website }] : []),
      ]
    : [];
  return entryOf({
    resourceType: "ServiceRequest" as const,
    id: serviceRequestId(r.id),
    identifier: [attuneIdentifier("referral", r.id)],
    status: requestStatus[r.status],
    intent: "proposal" as const,
    category: [
      {
        coding: [{ system: "http://snomed.info/sct", code: "3457005", display: "Patient referral" }],
      },
    ],
    code: {
      coding: [
        { system: "urn:attune:directory:service", code: r.service, display: serviceWords[r.service].en },
      ],
      text: serviceWords[r.service].en,
    },
    subject: referenceTo(familyGroupId(record.openCase.id), record.familyName || undefined),
    authoredOn: iso(r.createdAt),
    ...(r.clinician?.id === record.clinician.id
      ? { requester: referenceTo(practitionerId(r.clinician.id), r.clinician.name || undefined) }
      : {}),
    // The provider is not a resource here (a directory listing is not a Practitioner we hold): by name,
    // with the listing's id while it is listed. How to reach them goes in the note a person reads.
    performer: [
      {
        display: provider.name,
        ...(provider.id ? { identifier: attuneIdentifier("directory:listing", provider.id) } : {}),
      },
    ],
    ...(r.note || contact.length
      ? {
          note: [
            ...(r.note ? [{ text: r.note }] : []),
            ...(contact.length
              ? [{ text: `Contact: ${contact.map((c) => `${c.system} ${c.value}`).join(", ")}` }]
              : []),
          ],
        }
      : {}),
  });
}
