import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditCaseRead } from "../clinician/case-audit.js";
import { caseRecord } from "../clinician/case-record.js";
import { caseClinician } from "../policies/case.js";
import { guarded } from "../policies/loaded.js";
import { caseBundle } from "../presenters/case-fhir/bundle.js";
import { errorReplies, idParams } from "./schemas.js";

/** The outline of the reply for the OpenAPI document; its content is FHIR's, checked against FHIR's schema. */
const caseBundleSchema = z.looseObject({
  resourceType: z.literal("Bundle"),
  id: z.string(),
  type: z.literal("collection"),
  timestamp: z.string(),
  entry: z.array(
    z.looseObject({
      fullUrl: z.string().describe("urn:uuid:… — every reference in the bundle is one of these"),
      resource: z.looseObject({ resourceType: z.string(), id: z.string() }),
    }),
  ),
});

/**
 * The case file as FHIR R4 (presenters/case-fhir/): what the clinician may see, for a clinical record system.
 * Any open case (no one scope): what each scope covers is decided inside, the same way the case's own pages
 * decide it. The read is written to the family's access log before the bundle is made, so it is the first
 * AuditEvent in it.
 */
export const caseFhirRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/cases/:id/fhir",
    guarded(
      caseClinician(),
      {
        schema: {
          tags: ["cases"],
          summary:
            "The case as a FHIR R4 Bundle (collection): a Patient for each caregiver and baby, RelatedPerson links, the shared check-ins (QuestionnaireResponse + Observation), referrals (ServiceRequest + Task), the family's active shares (Consent) and your reads and writes of the case (AuditEvent, latest 200). Never private notes",
          params: idParams,
          response: { 200: caseBundleSchema, ...errorReplies },
        },
      },
      async (request, reply, { openCase: open }) => {
        await auditCaseRead(request, open, "fhir");
        const now = Date.now();
        const record = await caseRecord(app.attune, open, now);
        reply.header("content-type", "application/fhir+json; charset=utf-8");
        reply.header("content-disposition", `attachment; filename="attune-case-${open.id}.fhir.json"`);
        return caseBundle(record, {
          instruments: app.attune.instruments,
          observer: `Attune ${app.attune.version}`,
          now,
        });
      },
    ),
  );
};
