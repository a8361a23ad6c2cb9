// Sends the check-ins waiting on this phone, oldest first, and takes each off the queue once the server has
// it. The server stores a clientId once, so a check-in that reached it before (the reply was lost, or a
// retry got there first) answers with the screening already kept, and is taken off all the same.

import { dropCheckIn, markDelivered, queuedCheckIns } from "./checkInQueue";
import { ApiError, api } from "./client";

const running = new Map<string, Promise<number>>();

/**
 * A refusal that sending again can never change (the baby is no longer theirs, the questionnaire is no
 * longer offered, the answers do not fit it): dropped, so the queue does not retry it forever. Not a 401
 * (signed out: the check-in waits for the person to sign in again), nor 408 or 429 (try later).
 */
export const isFinalRefusal = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  error.status >= 400 &&
  error.status < 500 &&
  ![401, 408, 429].includes(error.status);

async function send(userId: string): Promise<number> {
  let sent = 0;
  for (const checkIn of queuedCheckIns(userId)) {
    const { queuedAt, ...rest } = checkIn;
    // Dated when it was finished on this phone, not when the connection came back.
    const body = { ...rest, completedAt: new Date(queuedAt).toISOString() };
    try {
      const screening = await api.post<{ id: string }>("/api/screenings", body);
      markDelivered(userId, checkIn.clientId, screening.id);
      sent++;
    } catch (error) {
      if (isFinalRefusal(error)) {
        dropCheckIn(userId, checkIn, error);
        continue;
      }
      // Offline, signed out, or the server is having trouble: everything waits for the next chance, in order.
      break;
    }
  }
  return sent;
}

/**
 * Sends this person's waiting check-ins; resolves to how many reached the server. One run at a time per
 * person: a second call while one runs joins it rather than sending the same check-ins twice over.
 */
export function sendQueuedCheckIns(userId: string): Promise<number> {
  const current = running.get(userId);
  if (current) return current;
  const run = send(userId).finally(() => running.delete(userId));
  running.set(userId, run);
  return run;
}

/** Long enough for a slow connection, short enough that a tap on "Sign out" feels answered. */
const TRY_FOR_MS = 10_000;

/** Check-ins still waiting after one more attempt to send them (0 when all have been sent). */
export async function unsentCheckInsAfterSend(userId: string): Promise<number> {
  if (!queuedCheckIns(userId).length) return 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    sendQueuedCheckIns(userId).catch(() => 0),
    new Promise((resolve) => {
      timer = setTimeout(resolve, TRY_FOR_MS);
    }),
  ]);
  clearTimeout(timer);
  return queuedCheckIns(userId).length;
}
