import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Consent } from "../../db/repositories/consents.js";
import { consentScopes, DEFAULT_SHARE_DAYS, MAX_SHARE_DAYS } from "../../domain/consent.js";
import { actorOf } from "../plugins/authorize.js";
import { consentView, type People } from "../presenters/consent.js";

/** What a caregiver chooses when they share, whichever way the share starts (their code or a clinician's). */
export const scopesSchema = z
  .array(z.enum(consentScopes, `each scope is one of: ${consentScopes.join(", ")}`))
  .min(1, "choose at least one thing to share")
  .max(consentScopes.length)
  .refine((s) => new Set(s).size === s.length, "list each scope once");

export const shareDaysSchema = z
  .number()
  .int("days is a whole number")
  .min(1, "share for at least 1 day")
  .max(MAX_SHARE_DAYS, `share for at most ${MAX_SHARE_DAYS} days; you can share again later`)
  .default(DEFAULT_SHARE_DAYS);

/** A share's terms as a caregiver sends them: which family, what of it, for how many days. */
export const shareTermsBody = z
  .object({ familyId: z.string().min(1).max(100), scopes: scopesSchema, days: shareDaysSchema })
  .strict();

/** The terms of a share as the repository takes them: what the caregiver sent, and that they granted it. */
export const grantOf = (request: FastifyRequest<{ Body: z.infer<typeof shareTermsBody> }>) => ({
  ...request.body,
  grantedBy: actorOf(request).id,
});

/** Shares as replies: with the family's name and the people on each (who made it, the clinician). */
export async function consentViews(app: FastifyInstance, list: Consent[]) {
  const { families, users } = app.attune;
  const ids = new Set(list.flatMap((c) => [c.grantedBy, c.clinicianId].filter((x): x is string => !!x)));
  const people: People = new Map();
  for (const id of ids) {
    const user = await users.findById(id);
    if (user) people.set(id, { id: user.id, name: user.name, email: user.email });
  }
  const names = new Map<string, string>();
  for (const familyId of new Set(list.map((c) => c.familyId)))
    names.set(familyId, (await families.get(familyId))?.name ?? "");
  return list.map((c) => consentView(c, names.get(c.familyId) ?? "", people));
}
