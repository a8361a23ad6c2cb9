import { tryGetCurrentAuthEndpointContext } from "@better-auth/core/context";
import { APIError } from "better-auth";
import type { FastifyRequest } from "fastify";
import type { AttuneDb } from "../db/database.js";
import { erasureRepository, type FamilyErasure } from "../db/repositories/erasure.js";
import { HttpError } from "./errors.js";
import { toHeaders } from "./plugins/authorize.js";

/**
 * The server's side of erasure (docs/decisions.md, "Erasure"): when an account may be deleted, and the password every
 * deletion needs. The queries are in db/repositories/erasure.ts.
 */

/** Says which families stop an account's deletion, and the two ways on. */
export function lastOwnerMessage(blocked: Pick<FamilyErasure, "name">[]): string {
  const names = blocked.map((f) => `"${f.name}"`).join(", ");
  return blocked.length === 1
    ? `You are the only owner of the family ${names}, and it has other caregivers. Make one of them an owner, or delete the family, before deleting your account.`
    : `You are the only owner of the families ${names}, and they have other caregivers. In each, make one of them an owner, or delete the family, before deleting your account.`;
}

/**
 * better-auth's `user.deleteUser.beforeDelete`: runs after better-auth has checked the session and, when one
 * was sent, the password. Asks for the password every time, whatever the session's age, then erases the
 * account in one transaction (the user's own rows too: better-auth then finds nothing left to delete). A
 * refusal is thrown, so nothing is deleted and the session stays.
 */
export function eraseAccountBeforeDelete(database: AttuneDb) {
  const erasure = erasureRepository(database.db);
  return async (user: { id: string }) => {
    const body = tryGetCurrentAuthEndpointContext()?.body as { password?: unknown } | undefined;
    if (typeof body?.password !== "string" || body.password === "") {
      throw new APIError("BAD_REQUEST", {
        code: "PASSWORD_REQUIRED",
        message: "Enter your password to delete your account.",
      });
    }
    const outcome = await erasure.eraseAccount(user.id);
    if (!outcome.ok && "blocked" in outcome) {
      throw new APIError("CONFLICT", { code: "LAST_OWNER", message: lastOwnerMessage(outcome.blocked) });
    }
  };
}

/**
 * The signed-in person's password, checked by better-auth against their account, for deletions outside
 * better-auth (a family, a baby). A wrong or missing password is a 400 that says so.
 */
export async function confirmPassword(request: FastifyRequest, password: string): Promise<void> {
  try {
    await request.server.attune.auth.api.verifyPassword({ body: { password }, headers: toHeaders(request) });
  } catch (error) {
    if (error instanceof APIError && error.statusCode < 500)
      throw new HttpError(400, "invalid_password", "That password is not right. Try again.");
    throw error;
  }
}
