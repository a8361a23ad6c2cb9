import type { FastifyRequest } from "fastify";
import type { ListingAudit } from "../../../db/repositories/directory-listings.js";

/**
 * The audit record of a directory write: who, from where, what. The repository stores it in the write's
 * own transaction, so a change to a listing is never kept without its trail.
 */
export function auditOf(
  request: FastifyRequest,
  action: string,
  details?: Record<string, unknown>,
): ListingAudit {
  const userAgent = request.headers["user-agent"];
  return {
    // Null for an application made without an account: the audit row still says when and from where.
    actorId: request.actor?.id ?? null,
    action: `directory.${action}`,
    ip: request.ip,
    ...(userAgent ? { userAgent } : {}),
    ...(details ? { details } : {}),
  };
}
