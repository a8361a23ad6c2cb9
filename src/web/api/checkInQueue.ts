// Check-ins finished while the server could not be reached wait here, on this phone, until they are sent
// (src/web/api/sendCheckIns.ts). Each keeps the clientId made once for that check-in, so however many times
// it is sent (a retry, the background sender, two tabs) the server stores it once.
// Kept per account: a check-in is private to the person who answered, and must never be sent under
// someone else's session on a shared phone. Small and synchronous (localStorage), like saved progress.
import { useMemo, useSyncExternalStore } from "react";

export interface QueuedCheckIn {
  clientId: string;
  instrumentId: string;
  subject: "self" | { babyId: string };
  lang: string;
  answers: { item: string; option: number }[];
  /** When it was finished on this phone (epoch ms). */
  queuedAt: number;
}

/** A check-in the server refused (not a connection problem): taken off the queue, and said so on /wellbeing. */
export interface DroppedCheckIn {
  clientId: string;
  instrumentId: string;
  queuedAt: number;
  /** The server's refusal: its status and code (translated where the app knows it), and its words. */
  refusal: Refusal;
}

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** Every key of check-in data on this phone starts with one of these (progress.ts keeps answers per instrument). */
export const CHECK_IN_KEYS = {
  progress: "attune.checkin.",
  queue: "attune.checkInQueue.",
  dropped: "attune.checkInDropped.",
} as const;

const CHANGED = "attune:check-in-queue";

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

function parse<T>(raw: string | null): T[] {
  try {
    const list = JSON.parse(raw ?? "[]") as unknown;
    return Array.isArray(list) ? (list as T[]) : [];
  } catch {
    return [];
  }
}

/** False when this phone could not keep it (no storage, or full). */
function write<T>(key: string, list: T[]): boolean {
  let kept = true;
  try {
    if (list.length) localStorage.setItem(key, JSON.stringify(list));
    else localStorage.removeItem(key);
  } catch {
    kept = false;
  }
  window.dispatchEvent(new Event(CHANGED));
  return kept;
}

const queueKey = (userId: string) => `${CHECK_IN_KEYS.queue}${userId}`;
const droppedKey = (userId: string) => `${CHECK_IN_KEYS.dropped}${userId}`;

export const queuedCheckIns = (userId: string): QueuedCheckIn[] => parse(read(queueKey(userId)));

/**
 * Adds a check-in, or replaces the one with its clientId (the same check-in queued again). False when this
 * phone cannot keep it (private browsing): then its answers must stay where they are.
 */
export function queueCheckIn(userId: string, checkIn: QueuedCheckIn): boolean {
  const others = queuedCheckIns(userId).filter((q) => q.clientId !== checkIn.clientId);
  return write(queueKey(userId), [...others, checkIn]);
}

export function unqueueCheckIn(userId: string, clientId: string): void {
  write(
    queueKey(userId),
    queuedCheckIns(userId).filter((q) => q.clientId !== clientId),
  );
}

export function dropCheckIn(userId: string, checkIn: QueuedCheckIn, refusal: Refusal): void {
  const dropped: DroppedCheckIn = {
    clientId: checkIn.clientId,
    instrumentId: checkIn.instrumentId,
    queuedAt: checkIn.queuedAt,
    refusal: { status: refusal.status, code: refusal.code, message: refusal.message },
  };
  const kept = parse<DroppedCheckIn>(read(droppedKey(userId))).filter((d) => d.clientId !== checkIn.clientId);
  write(droppedKey(userId), [...kept, dropped]);
  unqueueCheckIn(userId, checkIn.clientId);
}

/** The person has read the notice. */
export function dismissDropped(userId: string): void {
  write(droppedKey(userId), []);
}

// Which screening each delivered check-in became, for the offline result still on screen (this tab only).
const delivered = new Map<string, string>();
export const deliveredAs = (clientId: string): string | undefined => delivered.get(clientId);
export function markDelivered(userId: string, clientId: string, screeningId: string): void {
  delivered.set(clientId, screeningId);
  unqueueCheckIn(userId, clientId);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  // Another tab sent or queued one.
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The person's waiting and refused check-ins, kept up to date as they change (in this tab or another). */
export function useCheckInQueue(userId: string | undefined) {
  // The stored text is the snapshot: strings compare by value, so React re-renders only on a real change.
  const queueRaw = useSyncExternalStore(subscribe, () => (userId ? read(queueKey(userId)) : null));
  const droppedRaw = useSyncExternalStore(subscribe, () => (userId ? read(droppedKey(userId)) : null));
  return useMemo(
    () => ({ queued: parse<QueuedCheckIn>(queueRaw), dropped: parse<DroppedCheckIn>(droppedRaw) }),
    [queueRaw, droppedRaw],
  );
}

/** Signing out leaves nothing of anyone's check-ins on this phone: answers in progress, waiting, refused. */
export function forgetCheckIns(): void {
  try {
    const prefixes = Object.values(CHECK_IN_KEYS);
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? "");
    for (const key of keys) if (prefixes.some((p) => key.startsWith(p))) localStorage.removeItem(key);
  } catch {
    // No storage: nothing was kept.
  }
  delivered.clear();
  window.dispatchEvent(new Event(CHANGED));
}
