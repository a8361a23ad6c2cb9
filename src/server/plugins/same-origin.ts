import type { FastifyInstance } from "fastify";
import { HttpError } from "../errors.js";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for every state-changing request: when a browser says where a request
 * comes from (the Origin header), it must be this site. Clients that send no Origin (curl, other servers)
 * are not browsers riding on someone's cookies, so they pass; SameSite=Lax cookies are the second layer.
 */
export function registerSameOrigin(app: FastifyInstance, publicUrl: string | undefined) {
  app.addHook("onRequest", async (request) => {
    if (SAFE.has(request.method)) return;
    const origin = request.headers.origin;
    if (!origin) return;
    const expected = publicUrl ?? `${request.protocol}://${request.host}`;
    if (origin !== expected) {
      throw new HttpError(
        403,
        "cross_origin",
        `Requests that change data must come from ${expected}, not ${origin}.`,
      );
    }
  });
}
