// The outbox and the pull: local edits are saved on this device first and sent through POST /api/sync
// whenever the server can be reached. Ids are made here, so a push that is retried after a dropped
// connection stores each entry once. Other caregivers' changes arrive by polling with the sync cursor.
import { ApiError, api, isNetworkError } from "../api/client";
import { type LogDb, logDb } from "./db";
import type { Entry, LocalEntry } from "./types";

const POLL_MS = 15_000;
/** The first retry after the server could not be reached; each further one waits twice as long, up to POLL_MS. */
const FIRST_RETRY_MS = 2_000;
const CURSOR = "cursor";
/** Set once this device has pulled the whole log (every page of its first pull), and never unset. */
const FILLED = "filled";

/** Whether this device's copy of the log has been filled by a complete first pull. */
export async function logFilled(db: LogDb): Promise<boolean> {
  return (await db.meta.get(FILLED)) !== undefined;
}

type Change =
  | { entity: "entry"; op: "upsert"; data: Record<string, unknown> }
  | { entity: "entry"; op: "delete"; data: { id: string; updatedAt: string } };

interface SyncReply {
  applied: string[];
  conflicts: { id: string; reason: string; message: string }[];
  changes: { entity: "entry"; op: "upsert" | "delete"; data: Entry }[];
  cursor: string;
  hasMore?: boolean;
}

export interface SyncState {
  /** False when the last attempt could not reach the server. */
  reachable: boolean;
  /** True once this device has pulled the log at least once. */
  loaded: boolean;
}

function toChange(entry: LocalEntry): Change {
  if (entry.deletedAt)
    return { entity: "entry", op: "delete", data: { id: entry.id, updatedAt: entry.updatedAt } };
  const data: Record<string, unknown> = {
    id: entry.id,
    babyId: entry.babyId,
    type: entry.type,
    startedAt: entry.startedAt,
    endedAt: entry.endedAt,
    details: entry.details,
    moments: entry.moments,
    cues: entry.cues,
    feeling: entry.feeling,
    note: entry.note,
    updatedAt: entry.updatedAt,
  };
  return { entity: "entry", op: "upsert", data };
}

export class LogSync {
  private readonly userId: string;
  private state: SyncState = { reachable: navigator.onLine, loaded: false };
  private listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private users = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryMs = 0;

  constructor(userId: string) {
    this.userId = userId;
  }

  get db(): LogDb {
    return logDb(this.userId);
  }

  getState = () => this.state;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SyncState>) {
    const next = { ...this.state, ...patch };
    if (next.reachable === this.state.reachable && next.loaded === this.state.loaded) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** Start polling while at least one screen needs the log; returns the matching stop. */
  start(): () => void {
    this.users += 1;
    if (this.users === 1) {
      window.addEventListener("online", this.nudge);
      window.addEventListener("focus", this.nudge);
      document.addEventListener("visibilitychange", this.onVisible);
      this.timer = setInterval(this.nudge, POLL_MS);
      this.nudge();
    }
    return () => {
      this.users -= 1;
      if (this.users === 0) {
        window.removeEventListener("online", this.nudge);
        window.removeEventListener("focus", this.nudge);
        document.removeEventListener("visibilitychange", this.onVisible);
        clearInterval(this.timer);
        clearTimeout(this.retryTimer);
        this.retryMs = 0;
      }
    };
  }

  private onVisible = () => {
    if (document.visibilityState === "visible") this.nudge();
  };

  /** Sync soon; calls that arrive while a sync runs fold into one more round. */
  nudge = () => {
    // A refusal of the whole batch (signed out, a server error) leaves the outbox as it is for the next
    // round; nothing on this phone is lost.
    this.run().catch(() => undefined);
  };

  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.round();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Try again soon after the server could not be reached. The "online" event is a hint that does not always
   * come (Chromium can miss it for a page its service worker opened while offline), and a parent who logs a
   * feed in a lift should not wait a whole poll to see it saved. While the browser says it is offline a retry
   * only reads that flag, so it stays quick; a request that failed waits twice as long each time.
   */
  private retrySoon(afterFailedRequest: boolean) {
    if (this.users === 0) return;
    clearTimeout(this.retryTimer);
    if (afterFailedRequest)
      this.retryMs = Math.min(this.retryMs ? this.retryMs * 2 : FIRST_RETRY_MS, POLL_MS);
    this.retryTimer = setTimeout(this.nudge, afterFailedRequest ? this.retryMs : FIRST_RETRY_MS);
  }

  private reached() {
    clearTimeout(this.retryTimer);
    this.retryMs = 0;
  }

  private async round() {
    if (!navigator.onLine) {
      this.set({ reachable: false });
      this.retrySoon(false);
      return;
    }
    try {
      let more = true;
      while (more) {
        const outbox = await this.db.entries.where("dirty").equals(1).limit(500).toArray();
        const cursor = (await this.db.meta.get(CURSOR))?.value;
        const reply = await api.post<SyncReply>("/api/sync", {
          ...(cursor ? { cursor } : {}),
          changes: outbox.map(toChange),
        });
        await this.absorb(outbox, reply);
        more = Boolean(reply.hasMore) || outbox.length === 500;
      }
      // Written once: lists read it with their entries, and a write every round would redraw them.
      if (!(await logFilled(this.db)))
        await this.db.meta.put({ key: FILLED, value: new Date().toISOString() });
      this.set({ reachable: true, loaded: true });
      this.reached();
    } catch (error) {
      if (isNetworkError(error)) {
        this.set({ reachable: false });
        this.retrySoon(true);
      } else if (error instanceof ApiError && error.code === "invalid_cursor")
        await this.db.meta.delete(CURSOR);
      else throw error;
    }
  }

  private async absorb(sent: LocalEntry[], reply: SyncReply) {
    const sentById = new Map(sent.map((e) => [e.id, e]));
    const refetch: string[] = [];
    await this.db.transaction("rw", this.db.entries, async () => {
      for (const id of reply.applied) {
        const mine = sentById.get(id);
        const now = await this.db.entries.get(id);
        // Edited again while the push was on its way: keep it in the outbox for the next round.
        if (mine && now && now.updatedAt === mine.updatedAt) await this.db.entries.update(id, { dirty: 0 });
      }
      for (const conflict of reply.conflicts) {
        // Refused as invalid: keep it on this phone, out of the outbox, with the reason, until someone edits it.
        if (conflict.reason === "invalid")
          await this.db.entries.update(conflict.id, { dirty: 0, refused: conflict.message });
        else refetch.push(conflict.id);
      }
    });
    // The page of changes (a new device's first pull brings up to a thousand) is written in slices, one read
    // and one write each, with a pause between them: one transaction for the whole page kept a phone's main
    // thread busy for a long stretch, and an await per entry for seconds.
    for (let start = 0; start < reply.changes.length; start += SLICE) {
      if (start > 0) await pause();
      await this.keepTheirs(reply.changes.slice(start, start + SLICE));
    }
    // The cursor last: a pull cut short (the page closed mid-way) starts again from the old cursor, and
    // writing an entry the server sent twice changes nothing.
    await this.db.meta.put({ key: CURSOR, value: reply.cursor });
    // The server kept another version (a later edit elsewhere, or it refused this one): take the server's.
    await this.takeServerVersions(refetch);
  }

  /** The server's entries, except where this phone holds a later edit not sent yet. */
  private keepTheirs(changes: SyncReply["changes"]) {
    return this.db.transaction("rw", this.db.entries, async () => {
      // Only entries waiting in the outbox can hold a later edit: a handful at most, found by their index,
      // rather than a read of every entry in the slice.
      const waiting = new Map(
        (await this.db.entries.where("dirty").equals(1).toArray()).map((entry) => [entry.id, entry]),
      );
      const keep = changes
        .map((change) => ({ theirs: change.data, mine: waiting.get(change.data.id) }))
        .filter(({ theirs, mine }) => !(mine && Date.parse(mine.updatedAt) > Date.parse(theirs.updatedAt)))
        .map(({ theirs }) => ({ ...theirs, dirty: 0 as const }));
      if (keep.length) await this.db.entries.bulkPut(keep);
    });
  }

  private async takeServerVersions(refetch: string[]) {
    for (const id of refetch) {
      try {
        const theirs = await api.get<Entry>(`/api/entries/${id}`);
        await this.db.entries.put({ ...theirs, dirty: 0 });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) await this.db.entries.delete(id);
        else throw error;
      }
    }
  }
}

/** Entries written per transaction when a pull is absorbed: small enough that a slow phone's write is brief. */
const SLICE = 50;

/** A turn of the event loop, so input and rendering can run between two slices of a long write. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const engines = new Map<string, LogSync>();

export function logSync(userId: string): LogSync {
  let engine = engines.get(userId);
  if (!engine) {
    engine = new LogSync(userId);
    engines.set(userId, engine);
  }
  return engine;
}
