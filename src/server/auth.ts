import { getCurrentAdapter } from "@better-auth/core/context";
import { APIError, betterAuth } from "better-auth";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../contract/password.js";
import type { AttuneDb } from "../db/database.js";
import { preferencesRepository } from "../db/repositories/preferences.js";
import { throttleKey, throttlesRepository } from "../db/repositories/throttles.js";
import { selfChosenRoles } from "../domain/account.js";
import { accountGuards } from "./auth-guards.js";
import { eraseAccountBeforeDelete } from "./erasure.js";
import type { Mailer } from "./mail/mailer.js";
import { renderMail } from "./mail/templates.js";

export interface AuthLimits {
  signInPerMinute: number;
  accountChangesPerMinute: number;
  /** Failed sign-ins per account, from anywhere, in 15 minutes (default 10). */
  failedSignInsPerAccount?: number;
  /** Password-reset and verification-mail requests per client address in 15 minutes (default 5). */
  mailRequestsPerClient?: number;
  /** Reset (and "you already have an account") mails per address per hour (default 3); more are not sent. */
  mailsPerAddress?: number;
}

export const defaultAuthLimits: AuthLimits = { signInPerMinute: 10, accountChangesPerMinute: 10 };

export interface AuthOptions {
  database: AttuneDb;
  secret: string;
  /** The public origin, when known. Without it the request's own origin is trusted (same-origin only). */
  publicUrl: string | undefined;
  /** Attempts allowed per client address per minute (sign-in; sign-up and password changes). */
  limits: AuthLimits;
  /** Password resets, address verification and "you already have an account" go out through it. */
  mail: Mailer;
}

const snake = (fields: Record<string, string>) => fields;

/**
 * better-auth configured for Attune: email + password, sessions in our database (our migrations own the
 * tables, in snake_case), rate-limit counters in the database too so several processes share them.
 */
export function createAuth({ database, secret, publicUrl, limits, mail }: AuthOptions) {
  const throttles = throttlesRepository(database.db);
  const preferences = preferencesRepository(database.db);
  // Links in mail open the web app: at PUBLIC_URL, else on the host the request came to (set PUBLIC_URL
  // when mail is on, so that a forged Host header cannot put another site in a mailed link).
  const originOf = (request: Request | undefined) =>
    publicUrl ?? (request ? new URL(request.url).origin : "http://localhost");
  const localeOf = async (userId: string) => (await preferences.get(userId)).locale;
  const guards = accountGuards({
    throttles,
    mail,
    originOf,
    localeOf,
    limits: {
      failedSignInsPerAccount: limits.failedSignInsPerAccount ?? 10,
      mailsPerAddress: limits.mailsPerAddress ?? 3,
    },
  });
  const mailRequestRule = { window: 15 * 60, max: limits.mailRequestsPerClient ?? 5 };
  return betterAuth({
    appName: "Attune",
    secret,
    basePath: "/api/auth",
    // Without PUBLIC_URL (a home server reached by IP or name on the LAN) better-auth takes the base URL from
    // each request and trusts that one origin alone, so a callbackURL or redirectTo may be a relative path or
    // this host, never another site. (A dynamic baseURL with allowedHosts ["*"] trusted every https origin.)
    baseURL: publicUrl,
    // CSRF: only the page's own origin may post to auth endpoints.
    trustedOrigins: (request?: Request) => {
      if (publicUrl) return [publicUrl];
      const host = request?.headers.get("host");
      const proto = request?.headers.get("x-attune-proto") ?? "http";
      return host ? [`${proto}://${host}`] : [];
    },
    database: { db: database.db, type: database.kind, transaction: true },
    telemetry: { enabled: false },
    logger: {
      level: "warn",
      log: (level, message, ...args) => {
        // Attune leaves baseURL unset on purpose without PUBLIC_URL (see above).
        if (message.includes("Base URL is not set")) return;
        // A sign-in with an unknown address or a wrong password is an everyday answer (a 401, counted by the
        // sign-in throttle), not something for the operator: better-auth warns of each, and the demo's
        // "sign in, else sign up" filled its log with them.
        if (message === "User not found" || message === "Invalid password") return;
        (level === "error" ? console.error : console.warn)(`[better-auth] ${message}`, ...args);
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      // A reset link works once, for an hour, and ends every session the account had.
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      // better-auth answers an unknown address exactly as a known one; this only runs for a real account.
      // Not awaited: how long a mail server takes must not tell anyone whether the address has an account.
      sendResetPassword: async ({ user, token }, request) => {
        if (!(await guards.mayMail("reset", user.email))) return;
        mail.queue({
          to: user.email,
          ...renderMail("reset_password", await localeOf(user.id), {
            name: user.name,
            url: `${originOf(request)}/reset-password?token=${encodeURIComponent(token)}`,
          }),
        });
      },
      onPasswordReset: async ({ user }) => {
        // The reset proved the owner holds the mailbox; a rested account may sign in again at once.
        await throttles.clear(throttleKey("sign-in-failed", user.email));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: false,
      expiresIn: 24 * 60 * 60,
      // The link is better-auth's own /api/auth/verify-email?token=…&callbackURL=/ (relative).
      sendVerificationEmail: async ({ user, url }) => {
        mail.queue({
          to: user.email,
          ...renderMail("verify_email", await localeOf(user.id), { name: user.name, url }),
        });
      },
    },
    hooks: { before: guards.before, after: guards.after },
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
      // Erasure asks for the password every time and deletes the person's families and records in one
      // transaction before better-auth removes the account (src/server/erasure.ts).
      deleteUser: { enabled: true, beforeDelete: eraseAccountBeforeDelete(database) },
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
        "/request-password-reset": mailRequestRule,
        "/send-verification-email": mailRequestRule,
      },
    },
    advanced: {
      // The Fastify bridge replaces this header with the address Fastify resolved, so clients cannot forge it.
      ipAddress: { ipAddressHeaders: ["x-attune-client-ip"] },
      useSecureCookies: publicUrl?.startsWith("https://") ?? false,
      cookiePrefix: "attune",
      // better-auth turns its origin and callbackURL checks off when NODE_ENV is "test"; Attune's tests
      // must see what production does.
      disableOriginCheck: false,
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
