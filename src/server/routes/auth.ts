import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { errorBody } from "../errors.js";
import { resolveActor, toHeaders } from "../plugins/authorize.js";
import { publicAccess } from "../policies/policy.js";

const authPolicy = publicAccess("better-auth checks sessions and rate limits itself");

/** Auth events worth a line in the audit trail, by better-auth path. */
const audited: Record<string, string> = {
  "/api/auth/sign-up/email": "account.sign_up",
  "/api/auth/sign-in/email": "account.sign_in",
  "/api/auth/sign-out": "account.sign_out",
  "/api/auth/change-password": "account.change_password",
  "/api/auth/delete-user": "account.delete",
};

/**
 * Bridges /api/auth/* to better-auth's Fetch handler. The client address Fastify resolved (which honours
 * TRUST_PROXY) replaces any address header the client sent, so rate limits cannot be dodged by forging it.
 * Errors are reshaped into Attune's one error shape, and sign-up/in/out are audited.
 */
export async function authRoutes(app: FastifyInstance) {
  // better-auth parses bodies itself; keep the raw text for it.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));
    scope.route({
      method: ["GET", "POST"],
      url: "/api/auth/*",
      config: { policy: authPolicy },
      schema: {
        tags: ["auth"],
        summary: "Accounts and sessions (better-auth): sign-up, sign-in, sign-out, …",
      },
      handler: (request, reply) => forward(app, request, reply),
    });
  });
}

async function forward(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split("?")[0] ?? "";
  const action = audited[path];
  // Sign-out and deletion end the session, so who it was must be read before.
  const before =
    action && (path.endsWith("sign-out") || path.endsWith("delete-user"))
      ? await resolveActor(app, request)
      : null;

  const headers = toHeaders(request);
  headers.set("x-attune-client-ip", request.ip);
  headers.set("x-attune-proto", request.protocol);
  const body =
    request.method === "POST" && typeof request.body === "string" && request.body.length
      ? request.body
      : undefined;
  const response = await app.attune.auth.handler(
    new Request(new URL(request.url, `${request.protocol}://${request.host}`), {
      method: request.method,
      headers,
      body,
    }),
  );

  reply.status(response.status);
  for (const cookie of response.headers.getSetCookie()) reply.header("set-cookie", cookie);
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie" && key !== "content-length" && key !== "content-encoding")
      reply.header(key, value);
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }

  // A sign-up for an address that already has an account is answered like one that worked but makes no
  // session (auth-guards.ts): there is no new account to record, and its made-up id must not enter the trail.
  const madeNoAccount =
    action === "account.sign_up" &&
    response.status < 400 &&
    !response.headers.getSetCookie().some((c) => c.includes("session_token="));
  if (action && !madeNoAccount) {
    const userId =
      before?.id ??
      ((json as { user?: { id?: string } } | undefined)?.user?.id as string | undefined) ??
      null;
    const ok = response.status < 400;
    // An erased account leaves nothing that leads back to it: the trail says only that one was deleted.
    const erased = ok && action === "account.delete";
    await app.attune.audit.record(
      erased
        ? { actorId: null, action }
        : {
            actorId: ok ? userId : null,
            action: ok ? action : `${action}_failed`,
            ...(userId ? { subjectType: "user", subjectId: userId } : {}),
            ip: request.ip,
            ...(request.headers["user-agent"] ? { userAgent: request.headers["user-agent"] } : {}),
            ...(ok ? {} : { details: { status: response.status } }),
          },
    );
  }

  if (response.status >= 400) {
    const err = json as { code?: string; message?: string } | undefined;
    // better-auth's own rate limit says nothing kind and has no code; Attune's per-account rest has both.
    const message =
      response.status === 429 && !err?.code
        ? "Too many attempts. Please wait a minute and try again."
        : (err?.message ?? "The request could not be completed.");
    reply.header("content-type", "application/json; charset=utf-8");
    return reply.send(errorBody((err?.code ?? `http_${response.status}`).toLowerCase(), message));
  }
  if (json === undefined) return reply.send(text);
  // The session lives in an HttpOnly cookie; a copy of its token in the body would hand it to any script.
  if (json && typeof json === "object" && "token" in json) delete (json as { token?: unknown }).token;
  return reply.send(json);
}
