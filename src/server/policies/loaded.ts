import type {
  ContextConfigDefault,
  FastifyContextConfig,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
} from "fastify";
import type { ResolveFastifyReplyReturnType } from "fastify/types/type-provider.js";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { LoadingPolicy } from "./policy.js";
import { loadedBy } from "./policy.js";

type Request<S extends FastifySchema> = FastifyRequest<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  S,
  ZodTypeProvider
>;
type Reply<S extends FastifySchema> = FastifyReply<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  ContextConfigDefault,
  S,
  ZodTypeProvider
>;
type Returned<S extends FastifySchema> = ResolveFastifyReplyReturnType<
  ZodTypeProvider,
  S,
  RouteGenericInterface
>;

/**
 * A route guarded by a loading policy, whose handler is given what the policy loaded:
 * `app.get(url, guarded(babyCaregiver, { schema }, async (request, reply, { baby }) => …))`. The policy is
 * named once, for the gate and for the handler, so the two cannot disagree.
 */
export function guarded<L, S extends FastifySchema>(
  policy: LoadingPolicy<L>,
  options: { schema: S; config?: Omit<FastifyContextConfig, "policy">; bodyLimit?: number },
  handler: (request: Request<S>, reply: Reply<S>, loaded: L) => Returned<S>,
) {
  return {
    ...options,
    config: { ...options.config, policy },
    handler: (request: Request<S>, reply: Reply<S>) => handler(request, reply, loadedBy(policy, request)),
  };
}
