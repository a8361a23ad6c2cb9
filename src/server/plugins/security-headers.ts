import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet from "helmet";

/**
 * Strict headers for every reply. Attune loads nothing from anywhere but itself (no third-party scripts,
 * fonts or analytics), so the content security policy is 'self' throughout and allows no inline script.
 *
 * The headers never vary by request, so helmet runs once at start against a scratch response and the
 * result is copied onto each reply. (@fastify/helmet rebuilt the middleware on every request: 7% of the
 * CPU of GET /api/health; see docs/decisions.md.)
 */
export function securityHeaders(opts: { https: boolean }): Record<string, string> {
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only under https: on plain http (a home server on the LAN) it would break every subresource.
        ...(opts.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: opts.https ? { maxAge: 15552000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "no-referrer" },
  });
  const headers: Record<string, string> = {};
  const scratch = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  middleware({} as IncomingMessage, scratch, () => {});
  return headers;
}

export function registerSecurityHeaders(app: FastifyInstance, opts: { https: boolean }) {
  const headers = securityHeaders(opts);
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
