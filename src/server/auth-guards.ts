import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../contract/password.js";
import type { ThrottlesRepository } from "../db/repositories/throttles.js";
import { throttleKey } from "../db/repositories/throttles.js";
import { type Locale, selfChosenRoles } from "../domain/account.js";
import { commonPasswordMessage, isCommonPassword } from "./common-passwords.js";
import type { Mailer } from "./mail/mailer.js";
import { renderMail } from "./mail/templates.js";

/** A password someone is choosing (sign-up, change, reset); the common-password list is checked apart. */
const newPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export interface AccountGuardLimits {
  /** Failed sign-ins per account (from anywhere) in 15 minutes before the account rests. */
  failedSignInsPerAccount: number;
  /** Mails per address per hour for resets and "you already have an account"; more are quietly not sent. */
  mailsPerAddress: number;
}

export interface AccountGuardOptions {
  throttles: ThrottlesRepository;
  mail: Mailer;
  limits: AccountGuardLimits;
  /** The web app's origin for links in mail: PUBLIC_URL, else the host the request came to. */
  originOf: (request: Request | undefined) => string;
  localeOf: (userId: string) => Promise<Locale>;
}

const commonPassword = () =>
  new APIError("BAD_REQUEST", { code: "COMMON_PASSWORD", message: commonPasswordMessage });

/**
 * better-auth hooks for what it does not do itself:
 * - refuses passwords from the common-password list at sign-up, password change and reset;
 * - answers a sign-up for an address that already has an account exactly as a sign-up that worked (same
 *   status and shape; no session is made) and mails the owner instead, so sign-up never tells anyone whether
 *   an address has an account;
 * - rests an account after too many failed sign-ins from anywhere (on top of better-auth's per-address limit).
 */
export function accountGuards(options: AccountGuardOptions) {
  const { throttles, limits } = options;

  /** Sends a mail about an address at most `mailsPerAddress` times an hour; says whether it may. */
  async function mayMail(kind: string, email: string): Promise<boolean> {
    return (await throttles.hit(throttleKey(`mail-${kind}`, email), HOUR)) <= limits.mailsPerAddress;
  }

  const before = createAuthMiddleware(async (ctx) => {
    const body = (ctx.body ?? {}) as Record<string, unknown>;
    switch (ctx.path) {
      case "/sign-up/email": {
        if (typeof body.password === "string" && isCommonPassword(body.password)) throw commonPassword();
        const { email, password, name } = body;
        // Anything malformed is better-auth's to answer, and it answers alike for known and unknown addresses.
        if (typeof email !== "string" || typeof password !== "string" || typeof name !== "string") return;
        if (!z.email().safeParse(email).success) return;
        if (!newPasswordSchema.safeParse(password).success) return;
        const role = body.role ?? "caregiver";
        if (!selfChosenRoles.includes(role as (typeof selfChosenRoles)[number])) return;
        const existing = await ctx.context.internalAdapter.findUserByEmail(email.toLowerCase());
        if (!existing) return;
        // The work a real sign-up does, so that the time taken does not tell either.
        await ctx.context.password.hash(password);
        const owner = existing.user;
        if (await mayMail("exists", owner.email)) {
          const origin = options.originOf(ctx.request);
          options.mail.queue({
            to: owner.email,
            ...renderMail("account_exists", await options.localeOf(owner.id), {
              name: owner.name,
              signInUrl: `${origin}/sign-in`,
              resetUrl: `${origin}/forgot-password`,
            }),
          });
        }
        const now = new Date();
        const id = ctx.context.generateId({ model: "user" }) || crypto.randomUUID();
        return ctx.json({
          token: null,
          user: {
            name,
            email: email.toLowerCase(),
            emailVerified: false,
            image: typeof body.image === "string" ? body.image : null,
            createdAt: now,
            updatedAt: now,
            role,
            isAdmin: false,
            id,
          },
        });
      }
      case "/change-password":
      case "/reset-password": {
        if (typeof body.newPassword === "string" && isCommonPassword(body.newPassword))
          throw commonPassword();
        return;
      }
      case "/sign-in/email": {
        if (typeof body.email !== "string") return;
        const { count, endsAt } = await throttles.peek(
          throttleKey("sign-in-failed", body.email),
          FIFTEEN_MINUTES,
        );
        if (count >= limits.failedSignInsPerAccount) {
          const minutes = Math.max(1, Math.ceil((endsAt - Date.now()) / 60_000));
          throw new APIError(
            "TOO_MANY_REQUESTS",
            {
              code: "ACCOUNT_RESTING",
              message: `There have been many sign-in attempts for this account, so it is resting for a little while to keep it safe. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or choose a new password with "Forgot your password?".`,
            },
            { "X-Retry-After": String(minutes * 60) },
          );
        }
        return;
      }
      default:
        return;
    }
  });

  const after = createAuthMiddleware(async (ctx) => {
    if (ctx.path !== "/sign-in/email") return;
    const email = (ctx.body as { email?: unknown } | undefined)?.email;
    if (typeof email !== "string") return;
    const key = throttleKey("sign-in-failed", email);
    const returned = ctx.context.returned;
    if (isAPIError(returned)) {
      if (returned.statusCode === 401) await throttles.hit(key, FIFTEEN_MINUTES);
    } else {
      await throttles.clear(key);
    }
  });

  return { before, after, mayMail };
}
