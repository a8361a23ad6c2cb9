import { getCurrentAdapter } from "@better-auth/core/context";
import { APIError, betterAuth } from "better-auth";
import type { AttuneDb } from "../db/database.js";
import { selfChosenRoles } from "../domain/account.js";

export interface AuthLimits {
  signInPerMinute: number;
  accountChangesPerMinute: number;
}

export const defaultAuthLimits: AuthLimits = { signInPerMinute: 10, accountChangesPerMinute: 10 };

export interface AuthOptions {
  database: AttuneDb;
  secret: string;
  /** The public origin, when known. Without it the request's own origin is trusted (same-origin only). */
  publicUrl: string | undefined;
  /** Attempts allowed per client address per minute (sign-in; sign-up and password changes). */
  limits: AuthLimits;
}

const snake = (fields: Record<string, string>) => fields;

/**
 * better-auth configured for Attune: email + password, sessions in our database (our migrations own the
 * tables, in snake_case), rate-limit counters in the database too so several processes share them.
 */
export function createAuth({ database, secret, publicUrl, limits }: AuthOptions) {
  return betterAuth({
    appName: "Attune",
    secret,
    basePath: "/api/auth",
    // Without PUBLIC_URL (a home server reached by IP or name on the LAN) answer on whatever host the request
    // came to; the same-origin check below still guards against cross-site posts.
    baseURL: publicUrl ?? { allowedHosts: ["*"] },
    // CSRF: only the page's own origin may post to auth endpoints.
    trustedOrigins: (request?: Request) => {
      if (publicUrl) return [publicUrl];
      const host = request?.headers.get("host");
      const proto = request?.headers.get("x-attune-proto") ?? "http";
      return host ? [`${proto}://${host}`] : [];
    },
    database: { db: database.db, type: database.kind, transaction: true },
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 200,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      modelName: "users",
      fields: snake({ emailVerified: "email_verified", createdAt: "created_at", updatedAt: "updated_at" }),
      additionalFields: {
        // input: false — a client can never set these through better-auth's own endpoints;
        // the sign-up hook below reads the chosen role and checks it.
        role: { type: "string", required: false, input: false, defaultValue: "caregiver" },
        isAdmin: {
          type: "boolean",
          required: false,
          input: false,
          defaultValue: false,
          fieldName: "is_admin",
        },
      },
      deleteUser: { enabled: true },
      changeEmail: { enabled: false },
    },
    session: {
      modelName: "sessions",
      fields: snake({
        userId: "user_id",
        expiresAt: "expires_at",
        ipAddress: "ip_address",
        userAgent: "user_agent",
        createdAt: "created_at",
        updatedAt: "updated_at",
      }),
      expiresIn: 60 * 60 * 24 * 30, // parents stay signed in on their own phone for a month
      updateAge: 60 * 60 * 24,
    },
    account: {
      modelName: "accounts",
      fields: snake({
        userId: "user_id",
        accountId: "account_id",
        providerId: "provider_id",
        accessToken: "access_token",
        refreshToken: "refresh_token",
        idToken: "id_token",
        accessTokenExpiresAt: "access_token_expires_at",
        refreshTokenExpiresAt: "refresh_token_expires_at",
        createdAt: "created_at",
        updatedAt: "updated_at",
      }),
    },
    verification: {
      modelName: "verifications",
      fields: snake({ expiresAt: "expires_at", createdAt: "created_at", updatedAt: "updated_at" }),
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rate_limits",
      fields: snake({ lastRequest: "last_request" }),
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: limits.signInPerMinute },
        "/sign-up/email": { window: 60, max: limits.accountChangesPerMinute },
        "/change-password": { window: 60, max: limits.accountChangesPerMinute },
        "/delete-user": { window: 60, max: limits.accountChangesPerMinute },
      },
    },
    advanced: {
      // The Fastify bridge replaces this header with the address Fastify resolved, so clients cannot forge it.
      ipAddress: { ipAddressHeaders: ["x-attune-client-ip"] },
      useSecureCookies: publicUrl?.startsWith("https://") ?? false,
      cookiePrefix: "attune",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user, ctx) => {
            const requested = (ctx?.body as { role?: unknown } | undefined)?.role ?? "caregiver";
            if (!selfChosenRoles.includes(requested as (typeof selfChosenRoles)[number])) {
              throw new APIError("BAD_REQUEST", {
                code: "INVALID_ROLE",
                message: `role must be "caregiver" or "clinician"; moderators are appointed by an admin.`,
              });
            }
            // The first account on a fresh instance belongs to its owner. Counted through better-auth's
            // adapter so that it runs inside the sign-up transaction (SQLite has one connection).
            const adapter = ctx ? await getCurrentAdapter(ctx.context.adapter) : undefined;
            const isAdmin = adapter ? (await adapter.count({ model: "user" })) === 0 : false;
            return { data: { ...user, role: requested, isAdmin } };
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
