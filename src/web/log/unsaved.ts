// Before signing out: what on this phone has not reached the family yet. Signing out deletes this device's
// copy of the log (src/web/api/account.ts), so whatever is still in the outbox would be lost with it, and so
// would an entry the server refused (kept here with its reason until someone edits it).

import type { LogDb } from "./db";
import { countWaiting } from "./queries";
import { logSync } from "./sync";

/** Long enough for a slow connection to finish a push, short enough that a tap feels answered. */
const TRY_FOR_MS = 10_000;

/** Entries only this phone has: waiting to be sent, or refused by the server. */
function countNotOnServer(db: LogDb): Promise<number> {
  return db.entries.filter((e) => e.dirty === 1 || Boolean(e.refused)).count();
}

/** Entries still not on the server after one more attempt to send them (0 when everything has reached it). */
export async function unsavedAfterSync(userId: string): Promise<number> {
  const sync = logSync(userId);
  if ((await countWaiting(sync.db)) > 0) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      // A refusal or a dropped connection leaves the outbox as it was; the count below says what is left.
      sync.run().catch(() => undefined),
      new Promise((resolve) => {
        timer = setTimeout(resolve, TRY_FOR_MS);
      }),
    ]);
    clearTimeout(timer);
  }
  return countNotOnServer(sync.db);
}
