import { type ThrottlesRepository, throttleKey } from "../db/repositories/throttles.js";
import { HttpError } from "./errors.js";

const MINUTE = 60_000;

/**
 * Accepting a family invite is limited as signing in is: so many attempts a minute from one client address
 * and, on top, from one account wherever it comes from (a code is a password until it is used). The counters
 * are in the database (`throttles`), so every app process counts the same attempts.
 */
export function inviteAcceptThrottle(throttles: ThrottlesRepository, perMinute: number) {
  return {
    /**
     * Counts one attempt for the address and one for the account. Null when both are within the limit,
     * else how many seconds until the fuller one's minute is over.
     */
    async admit(clientIp: string, userId: string, now = Date.now()): Promise<number | null> {
      const keys = [throttleKey("invite-accept-ip", clientIp), throttleKey("invite-accept-user", userId)];
      const counts = await Promise.all(keys.map((key) => throttles.hit(key, MINUTE, now)));
      if (counts.every((count) => count <= perMinute)) return null;
      const windows = await Promise.all(keys.map((key) => throttles.peek(key, MINUTE, now)));
      const waits = windows.filter((w) => w.count > perMinute).map((w) => w.endsAt - now);
      return Math.max(1, Math.ceil(Math.max(0, ...waits) / 1000));
    },
  };
}

export const tooManyInviteAttempts = (seconds: number) =>
  new HttpError(
    429,
    "too_many_attempts",
    `Too many invite codes tried. Please wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`,
  );
