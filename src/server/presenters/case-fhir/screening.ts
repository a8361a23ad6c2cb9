import type { InstrumentDefinition } from "../../../domain/screening/definition.js";
import type { CaseRecord } from "../../clinician/case-record.js";
import { type FhirReference, screeningEntries } from "../screening-fhir.js";
import { referenceTo } from "./ids.js";
import { babyPatientId, caregiverPatientId } from "./patient.js";

/**
 * A shared check-in as its QuestionnaireResponse and Observations, exactly as screening-fhir.ts makes them
 * for the caregiver's own export, but by and about the Patients in the case bundle. A person not in the
 * bundle (a baby no longer in the family) is named by identifier, so no reference is left dangling.
 */
export function screeningResources(
  record: CaseRecord,
  instruments: { get(id: string): InstrumentDefinition | undefined },
) {
  const caregivers = new Set(record.caregivers.map((c) => c.userId));
  const babies = new Set(record.babies.map((b) => b.id));
  const author = (userId: string): FhirReference =>
    caregivers.has(userId)
      ? referenceTo(caregiverPatientId(userId))
      : { identifier: { system: "urn:attune:user", value: userId } };
  return record.screenings.flatMap(({ screening: s, answers }) => {
    const definition = instruments.get(s.instrumentId);
    // An instrument this server no longer offers cannot be described: its answers would have no meaning.
    if (!definition) return [];
    const subject: FhirReference = !s.babyId
      ? author(s.userId)
      : babies.has(s.babyId)
        ? referenceTo(babyPatientId(s.babyId))
        : { identifier: { system: "urn:attune:baby", value: s.babyId } };
    return screeningEntries(s, answers, definition, { author: author(s.userId), subject });
  });
}
