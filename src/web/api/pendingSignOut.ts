// A sign-out the server has not heard yet. "Sign out anyway" with no connection ends the session on this
// device at once (src/web/api/account.ts forgets the person and their data), and the session cookie, which
// scripts cannot read or delete, still works on the server until it is told. So the request waits here, in
// localStorage, and goes as soon as the server can be reached: when the connection returns, when Attune next
// starts, and before anyone signs in again (a new sign-in would replace the cookie and strand the old session).
import { ApiError, api, NetworkError } from "./client";

const KEY = "attune.signOutPending";

export function queueSignOut(): void {
  try {
    localStorage.setItem(KEY, String(Date.now()));
  } catch {
    // No storage: nothing else of the person was kept either; the session ends when it expires.
  }
  keepTrying();
}

export function signOutPending(): boolean {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

function settled(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // As above.
  }
}

let sending: Promise<boolean> | null = null;

/** Sends a waiting sign-out; true once none is waiting (sent now, or none was), false while it still waits. */
export function sendPendingSignOut(): Promise<boolean> {
  if (!signOutPending()) return Promise.resolve(true);
  sending ??= api
    .post("/api/auth/sign-out")
    .then(() => true)
    .catch((error: unknown) => {
      // The server answered and the session is over either way (already ended, or expired): nothing to retry.
      if (error instanceof ApiError && error.status < 500) return true;
      return false;
    })
    .then((done) => {
      if (done) settled();
      return done;
    })
    .finally(() => {
      sending = null;
    });
  return sending;
}

/** Sends a waiting sign-out first; refuses (as if offline) while the server cannot be told. */
export async function afterPendingSignOut(): Promise<void> {
  if (!(await sendPendingSignOut()))
    throw new NetworkError(new Error("the earlier sign-out has not reached the server yet"));
}

/** How often a waiting sign-out is tried again: a failed try offline costs nothing but a refused fetch. */
const RETRY_MS = 5_000;
let retry: ReturnType<typeof setInterval> | undefined;

/**
 * Tries now and then every few seconds until the server has been told. The "online" event alone is not
 * enough: Chromium can miss it for a page its service worker opened while offline (src/web/log/sync.ts).
 */
function keepTrying(): void {
  if (typeof window === "undefined" || retry !== undefined) return;
  const attempt = () =>
    void sendPendingSignOut().then((done) => {
      if (done && !signOutPending()) {
        clearInterval(retry);
        retry = undefined;
      }
    });
  retry = setInterval(attempt, RETRY_MS);
  attempt();
}

if (typeof window !== "undefined") {
  window.addEventListener("online", () => void sendPendingSignOut());
  if (signOutPending()) keepTrying();
}
