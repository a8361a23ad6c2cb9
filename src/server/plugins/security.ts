import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { errorBody } from "../errors.js";
import { registerSecurityHeaders } from "./security-headers.js";

/** Security headers and the per-process flood guard. */
export async function registerSecurity(app: FastifyInstance, opts: { https: boolean; perMinute: number }) {
  registerSecurityHeaders(app, opts);

  // A per-process flood guard. The limits that matter for security (sign-in attempts) are counted in the
  // database by better-auth, so they hold across processes; see docs/decisions.md.
  await app.register(rateLimit, {
    global: true,
    max: opts.perMinute,
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
