import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { errorBody } from "../errors.js";
import { registerSecurityHeaders } from "./security-headers.js";

/** Security headers and the per-process flood guard. */
export async function registerSecurity(app: FastifyInstance, opts: { https: boolean; perMinute: number }) {
  registerSecurityHeaders(app, opts);

  // A per-process flood guard. The limits that matter for security (sign-in attempts) are counted in the
  // database by better-auth, so they hold across processes; see docs/decisions.md.
  // Not `global: true`: that hangs the guard on each route, after the app-wide hooks, so a signed-out flood
  // would reach the session lookup in plugins/authorize.ts before being counted. Registered before that
  // plugin (app.ts), this hook runs first for every request, 404s included.
  await app.register(rateLimit, {
    global: false,
    max: opts.perMinute,
    timeWindow: "1 minute",
    // Health probes and the built app's hashed files are not counted: a file under /assets/ is
    // immutable and served precompressed, and one full page load fetches dozens of them, so counting them
    // would throttle a parent who reloads a few times long before anything reaches the API.
    allowList: (request) => request.url === "/api/health" || request.url.startsWith("/assets/"),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...errorBody(
        "rate_limited",
        `Too many requests. Please wait ${Math.ceil(context.ttl / 1000)} seconds.`,
      ),
    }),
  });
  app.addHook("onRequest", app.rateLimit());
}
