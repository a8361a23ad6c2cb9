import type { FastifyRequest } from "fastify";
import type { WriteAudit } from "../../db/repositories/case-write-audit.js";
import { actorOf } from "../plugins/authorize.js";

/** Who is writing and from where, for the audit event a repository stores with the write. */
export function writeAuditOf(request: FastifyRequest): WriteAudit {
  const userAgent = request.headers["user-agent"];
  return { actorId: actorOf(request).id, ip: request.ip, ...(userAgent ? { userAgent } : {}) };
}
