import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { errorBody } from "../errors.js";

/**
 * Strict headers for every reply. Attune loads nothing from anywhere but itself (no third-party scripts,
 * fonts or analytics), so the content security policy is 'self' throughout and allows no inline script.
 */
export async function registerSecurity(app: FastifyInstance, opts: { https: boolean }) {
  await app.register(helmet, {
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
    hsts: opts.https ? { maxAge: 15552000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "no-referrer" },
  });

  // A per-process flood guard. The limits that matter for security (sign-in attempts) are counted in the
  // database by better-auth, so they hold across processes; see docs/decisions.md.
  await app.register(rateLimit, {
    global: true,
    max: 600,
    timeWindow: "1 minute",
    allowList: (request) => request.url === "/api/health",
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...errorBody(
        "rate_limited",
        `Too many requests. Please wait ${Math.ceil(context.ttl / 1000)} seconds.`,
      ),
    }),
  });
}
