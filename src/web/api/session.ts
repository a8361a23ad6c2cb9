// Keeping the session alive. Ordinary API calls keep the session row alive but never send a fresh cookie
// (docs/decisions.md, 11); better-auth sends one, with a new Max-Age, when the session is read through
// /api/auth/get-session. Asking for it now and then while the app is open means a parent who uses Attune
// every day is never signed out by the browser dropping a cookie that quietly ran out.
import { api, isNetworkError } from "./client.js"; // .js: unit-tested under Node's rules

/** Twice a day: well inside better-auth's daily update age and the month-long session. */
export const REFRESH_EVERY_MS = 12 * 60 * 60 * 1000;

export type RefreshResult = "alive" | "ended" | "unreachable";

export async function refreshSession(): Promise<RefreshResult> {
  try {
    const reply = await api.get<{ session?: unknown } | null>("/api/auth/get-session");
    return reply?.session ? "alive" : "ended";
  } catch (error) {
    // Offline says nothing about the session; anything else (a 401) means it is gone.
    return isNetworkError(error) ? "unreachable" : "ended";
  }
}

/** Whether a refresh is due, given when the last one succeeded. */
export function refreshDue(lastSuccess: number, now: number): boolean {
  return now - lastSuccess >= REFRESH_EVERY_MS;
}
