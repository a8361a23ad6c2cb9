import { createHmac, timingSafeEqual } from "node:crypto";
import { type ReminderKind, reminderKinds } from "../../db/repositories/mail-log.js";

/**
 * The one-click unsubscribe link in every reminder needs no sign-in: its token names the person and the
 * kind of reminder and is signed with the server's session secret (HMAC-SHA256), so nobody can make one for
 * someone else, and it keeps working however long the mail sits in an inbox. Rotating SESSION_SECRET
 * retires old links as it signs everyone out.
 */
const sign = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`attune-unsubscribe:${payload}`).digest("base64url");

export function unsubscribeToken(secret: string, userId: string, kind: ReminderKind): string {
  const payload = `${userId}.${kind}`;
  return `${Buffer.from(payload).toString("base64url")}.${sign(secret, payload)}`;
}

export function readUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; kind: ReminderKind } | null {
  const dot = token.indexOf(".");
  if (dot <= 0) return null;
  const payload = Buffer.from(token.slice(0, dot), "base64url").toString("utf8");
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(secret, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const cut = payload.lastIndexOf(".");
  const userId = payload.slice(0, cut);
  const kind = payload.slice(cut + 1) as ReminderKind;
  if (cut <= 0 || !reminderKinds.includes(kind)) return null;
  return { userId, kind };
}

export function unsubscribeUrl(origin: string, secret: string, userId: string, kind: ReminderKind): string {
  return `${origin}/api/mail/unsubscribe?token=${encodeURIComponent(unsubscribeToken(secret, userId, kind))}`;
}

/** RFC 2369 and RFC 8058 headers, so a mail app can offer its own unsubscribe button. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
