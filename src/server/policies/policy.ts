import type { FastifyRequest } from "fastify";
import type { Role } from "../../domain/account.js";

/** Who is asking: the signed-in account, as the policies see it. */
export interface Actor {
  id: string;
  role: Role;
  isAdmin: boolean;
}

/**
 * A policy answers "may this actor do this to what the request names?". Every route names one in its
 * `config.policy`; a route that is open to everyone says so with `publicAccess(reason)`, so that being
 * public is a decision written down, never an omission. Resource policies (one file per resource) build on
 * these with the resource loaded from the request.
 */
export interface Policy {
  readonly name: string;
  /** Public routes skip the session lookup entirely, unless they use who is signed in when someone is. */
  readonly public: boolean;
  /** A public route that still reads the session when there is one (request.actor, or null). */
  readonly readsSession?: boolean;
  allows(actor: Actor | null, request: FastifyRequest): boolean | Promise<boolean>;
}

export function publicAccess(reason: string, options: { readsSession?: boolean } = {}): Policy {
  return { name: `public (${reason})`, public: true, allows: () => true, ...options };
}

export function policy(
  name: string,
  allows: (actor: Actor, request: FastifyRequest) => boolean | Promise<boolean>,
) {
  return {
    name,
    public: false,
    allows: (actor: Actor | null, request: FastifyRequest) => actor !== null && allows(actor, request),
  } satisfies Policy;
}

declare module "fastify" {
  interface FastifyContextConfig {
    policy?: Policy;
  }
}
