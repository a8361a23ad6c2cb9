import { z } from "zod";
import type { Consent } from "../../db/repositories/consents.js";
import { consentScopes } from "../../domain/consent.js";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const consentSchema = z.object({
  id: z.string(),
  familyId: z.string(),
  familyName: z.string(),
  scopes: z.array(z.enum(consentScopes)),
  state: z
    .enum(["waiting", "active", "expired", "revoked", "unused"])
    .describe(
      "waiting for a clinician to accept its code; active; expired; revoked; unused (the code lapsed)",
    ),
  createdAt: z.string(),
  acceptBy: z.string().describe("The code works until then, once"),
  acceptedAt: z.string().nullable(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  grantedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  clinician: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
});
export type ConsentView = z.infer<typeof consentSchema>;

/** People named on a share: who made it and the clinician who took it up. */
export type People = Map<string, { id: string; name: string; email: string }>;

export function consentView(c: Consent, familyName: string, people: People): ConsentView {
  const granter = c.grantedBy ? people.get(c.grantedBy) : undefined;
  const clinician = c.clinicianId ? people.get(c.clinicianId) : undefined;
  return {
    id: c.id,
    familyId: c.familyId,
    familyName,
    scopes: c.scopes,
    state: c.state,
    createdAt: new Date(c.createdAt).toISOString(),
    acceptBy: new Date(c.acceptBy).toISOString(),
    acceptedAt: iso(c.acceptedAt),
    expiresAt: new Date(c.expiresAt).toISOString(),
    revokedAt: iso(c.revokedAt),
    grantedBy: granter ? { id: granter.id, name: granter.name } : null,
    clinician: clinician ? { id: clinician.id, name: clinician.name, email: clinician.email } : null,
  };
}
