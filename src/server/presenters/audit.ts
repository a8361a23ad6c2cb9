import { z } from "zod";
import type { AuditEvent } from "../../db/repositories/audit.js";
import { adminAuditActions } from "../policies/audit.js";

/**
 * An event in a family's access log: who read or changed what, and when. Never from where: a clinician's
 * address and browser are kept for the instance admin's security events, not shown to the family.
 */
export const accessLogEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().optional(),
  subjectId: z.string().optional(),
  familyId: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** An event with where it came from: in a person's own trail, their own account's events; for the admin, security events. */
export const auditEventSchema = accessLogEventSchema.extend({
  ip: z.string().optional(),
  userAgent: z.string().optional(),
});

export type AccessLogEvent = z.infer<typeof accessLogEventSchema>;

/** The family's view: no address, no browser. */
export function accessLogEvent(event: AuditEvent): AccessLogEvent {
  const { ip: _ip, userAgent: _userAgent, ...rest } = event;
  return rest;
}

/**
 * A person's own trail: what they did and what was done to their account (with the address and browser, so
 * they can spot a sign-in that was not theirs), and their families' access logs (without the clinician's).
 */
export function ownAuditEvent(event: AuditEvent, viewerId: string) {
  const theirs = event.actorId === viewerId || (event.subjectType === "user" && event.subjectId === viewerId);
  return theirs ? event : accessLogEvent(event);
}

/**
 * The admin's view: only allow-listed actions (the repository asks for those alone; anything else is null
 * here too), each with only its allowed details.
 */
export function adminAuditEvent(event: AuditEvent) {
  const allowed = Object.hasOwn(adminAuditActions, event.action)
    ? adminAuditActions[event.action]
    : undefined;
  if (!allowed) return null;
  const { details, ...rest } = event;
  const shown = details ? Object.entries(details).filter(([key]) => allowed.includes(key)) : [];
  return shown.length ? { ...rest, details: Object.fromEntries(shown) } : rest;
}
