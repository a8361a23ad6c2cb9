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
  /** Decides on what the URL names, before anything else is read. */
  allows(actor: Actor | null, request: FastifyRequest): boolean | Promise<boolean>;
  /**
   * A second decision, on what the validated body or query names (the family a share or a thought record is
   * for, the baby a check-in is about): it runs once they are parsed, so it reads the route's values, never
   * raw input, while the missing session and what the URL names are still refused first.
   */
  allowsInput?(actor: Actor, request: FastifyRequest): boolean | Promise<boolean>;
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

type Decision = (actor: Actor, request: FastifyRequest) => boolean | Promise<boolean>;

/** What a loading policy read while deciding, for this request's handler alone (policies/loaded.ts). */
const loadedFor = new WeakMap<FastifyRequest, unknown>();

/** A policy that reads what the request names (a family, a baby, an open case) and hands it on. */
export interface LoadingPolicy<L> extends Policy {
  /** Never set: it carries the loaded type from the policy to the handler. */
  readonly loads?: L;
}

/**
 * Load, then decide: `load` reads what the request names and returns it when the rules allow, or throws
 * the refusal they chose (404 where existence is private, 403 otherwise).
 */
export function loadingPolicy<L>(
  name: string,
  load: (actor: Actor, request: FastifyRequest) => Promise<L>,
): LoadingPolicy<L> {
  return policy(name, async (actor, request) => {
    loadedFor.set(request, await load(actor, request));
    return true;
  });
}

/**
 * Load, then decide, on the validated body or query (see `allowsInput`): the baby a check-in is about.
 * What `load` returns is handed to the handler like a URL loader's.
 */
export function loadingInputPolicy<L>(
  name: string,
  load: (actor: Actor, request: FastifyRequest) => Promise<L>,
): LoadingPolicy<L> {
  return {
    name,
    public: false,
    allows: (actor: Actor | null) => actor !== null,
    allowsInput: async (actor, request) => {
      loadedFor.set(request, await load(actor, request));
      return true;
    },
  };
}

/** What `policy` loaded for this request; only `guarded` (loaded.ts) asks, for the route it guards. */
export function loadedBy<L>(policy: LoadingPolicy<L>, request: FastifyRequest): L {
  if (request.routeOptions.config.policy !== policy || !loadedFor.has(request)) {
    throw new Error(`${policy.name}: asked for what it loaded on a route it does not guard`);
  }
  return loadedFor.get(request) as L;
}

/** A policy whose whole decision is on the validated body or query (see `allowsInput`). */
export function policyOnInput(name: string, allowsInput: Decision) {
  return {
    name,
    public: false,
    allows: (actor: Actor | null) => actor !== null,
    allowsInput,
  } satisfies Policy;
}

/**
 * A loading policy that also decides on the validated body or query, after its own decision on the URL,
 * with what it loaded there (a thought record moved to another family: that family must be theirs too).
 */
export function withInputCheck<L>(
  base: LoadingPolicy<L>,
  allowsInput: (actor: Actor, request: FastifyRequest, loaded: L) => boolean | Promise<boolean>,
): LoadingPolicy<L> {
  return {
    ...base,
    allowsInput: (actor, request) => allowsInput(actor, request, loadedFor.get(request) as L),
  };
}

declare module "fastify" {
  interface FastifyContextConfig {
    policy?: Policy;
    /**
     * What the route must still say when its policy refuses the validated input (`allowsInput`): it receives the refusal and
     * throws what the client is told (a flagged check-in's refusal keeps its crisis lines: routes/screenings.ts).
     */
    refused?: (request: FastifyRequest, refusal: unknown) => Promise<never>;
  }
}
