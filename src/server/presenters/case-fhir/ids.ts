import { uuidv5 } from "../../hsds/ids.js";
import type { FhirReference } from "../screening-fhir.js";

/**
 * Resource ids in a case's FHIR export: name-based UUIDv5 (RFC 9562) of the resource type and our own id(s),
 * in a namespace of Attune's own for FHIR, so the same case exported twice gives the same ids (a receiving
 * system can update rather than duplicate) and no id of ours is reused as-is for two resources (a caregiver
 * is both a Patient and, for each baby, a RelatedPerson). A screening's QuestionnaireResponse and
 * Observations keep the ids screening-fhir.ts gives them, so a result exported alone or with its case is
 * the same resource.
 */
export const ATTUNE_FHIR_NAMESPACE = "3b0d7a52-9c1e-4f6b-a8d2-5e7c41f0b9a3";

export const fhirId = (resourceType: string, ...ids: string[]) =>
  uuidv5(`${resourceType}/${ids.join("/")}`, ATTUNE_FHIR_NAMESPACE);

/** Every entry's fullUrl, and every reference inside the bundle, is the urn:uuid form of the resource id. */
export const fullUrlOf = (id: string) => `urn:uuid:${id}`;

export const referenceTo = (id: string, display?: string): FhirReference => ({
  reference: fullUrlOf(id),
  ...(display ? { display } : {}),
});

/** A bundle entry (collection bundles carry no request or response parts). */
export const entryOf = <R extends { id: string; resourceType: string }>(resource: R) => ({
  fullUrl: fullUrlOf(resource.id),
  resource,
});

export const iso = (ms: number) => new Date(ms).toISOString();

/** Our identifiers, for a receiver to match a resource to the Attune record it came from. */
export const attuneIdentifier = (kind: string, value: string) => ({ system: `urn:attune:${kind}`, value });
