import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { forbidden, HttpError, unauthenticated } from "../errors.js";
import type { Actor, Policy } from "../policies/policy.js";

export interface RegisteredRoute {
  method: string;
  url: string;
  /** Read when asked, not when the route is added: a later onRoute hook may still stamp the policy. */
  readonly policy: string | undefined;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in account, resolved for every route that is not public. */
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every route and the policy guarding it, for the test that no route goes unguarded. */
    routeTable: RegisteredRoute[];
  }
}

/** The actor of a guarded route. The gate has already refused anonymous requests; this makes that explicit. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/** Turns Fastify's headers into the Fetch API Headers better-auth reads. */
export function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  return headers;
}

/**
 * The session token from better-auth's cookie ("<token>.<signature>", URL-encoded), once its signature is
 * checked: HMAC-SHA256 of the token with the session secret, in standard base64, as better-auth signs it. A
 * cookie whose signature does not match is no session at all, so a changed SESSION_SECRET signs everyone out.
 */
export function sessionToken(request: FastifyRequest, secret: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name !== "attune.session_token" && name !== "__Secure-attune.session_token") continue;
    let value: string;
    try {
      value = decodeURIComponent(rest.join("="));
    } catch {
      return null;
    }
    const dot = value.lastIndexOf(".");
    if (dot <= 0) return null;
    const token = value.slice(0, dot);
    const given = Buffer.from(value.slice(dot + 1));
    const expected = Buffer.from(createHmac("sha256", secret).update(token).digest("base64"));
    return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
  }
  return null;
}

export async function resolveActor(app: FastifyInstance, request: FastifyRequest): Promise<Actor | null> {
  const token = sessionToken(request, app.attune.auth.options.secret as string);
  return token ? app.attune.sessions.actorForToken(token) : null;
}

/**
 * The gate every request passes. A route without a policy is refused (fail closed) and shows up in the
 * route-table test; a public route skips the session lookup; anything else needs a session and the policy's yes.
 * A policy that also checks what the body or query names (`allowsInput`) decides that part after validation,
 * on the route's parsed input; the missing session and what the URL names are still refused first.
 */
export function registerAuthorization(app: FastifyInstance) {
  app.decorate("routeTable", [] as RegisteredRoute[]);
  app.decorateRequest("actor", null);

  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      app.routeTable.push({
        method,
        url: route.url,
        get policy() {
          return (route.config as { policy?: Policy } | undefined)?.policy?.name;
        },
      });
    }
  });

  app.addHook("onRequest", async (request) => {
    if (request.is404) return;
    const policy = request.routeOptions.config.policy;
    if (!policy) {
      request.log.error({ url: request.routeOptions.url }, "route has no policy; refusing");
      throw new HttpError(403, "no_policy", "This route is not open to anyone yet.");
    }
    if (policy.public) {
      if (policy.readsSession) request.actor = await resolveActor(app, request);
      return;
    }
    request.actor = await resolveActor(app, request);
    if (!request.actor) throw unauthenticated();
    if (!(await policy.allows(request.actor, request))) throw forbidden();
  });

  app.addHook("preHandler", async (request) => {
    const { policy, refused } = request.routeOptions.config;
    if (!policy?.allowsInput || !request.actor || request.is404) return;
    try {
      if (!(await policy.allowsInput(request.actor, request))) throw forbidden();
    } catch (refusal) {
      if (refused) await refused(request, refusal);
      throw refusal;
    }
  });
}
