import type { FastifyInstance } from "fastify";
import type { ReminderKind } from "../../db/repositories/mail-log.js";
import { checkInStatus } from "../../domain/checkin-request.js";
import { RECONFIRM_AFTER_DAYS } from "../../domain/directory/listing.js";
import type { Relationship } from "../../domain/family.js";
import { checkInRoleOf, suggestedCheckIns } from "../../domain/screening/schedule.js";
import { localDate } from "../../domain/time.js";
import type { AppContext } from "../context.js";
import type { MailData, MailKind } from "./templates.js";
import { renderMail } from "./templates.js";
import { unsubscribeHeaders, unsubscribeUrl } from "./unsubscribe.js";

const DAY_MS = 86_400_000;
/** A request's window is at most 12 weeks and a few days: older check-ins cannot count for one that is due. */
const REQUEST_LOOKBACK_MS = 120 * DAY_MS;
/** Suggested check-ins run from pregnancy to the first birthday. */
const SUGGESTION_LOOKBACK_MS = 800 * DAY_MS;

export interface ReminderRoundOptions {
  /** The web app's origin for the links (PUBLIC_URL). */
  origin: string;
  /** The session secret, which signs the unsubscribe links. */
  secret: string;
  now?: number;
  /** Asked before each reminder: true once the server is shutting down, so the round ends early. */
  stopping?: () => boolean;
}

export interface ReminderRoundResult {
  sent: number;
  /** Due reminders another process (or an earlier round) already sent. */
  alreadySent: number;
  failed: number;
}

/**
 * One round of reminder mail: every reminder a person opted into that is due now and has not gone out yet.
 * Each due item has a key (the request and its due date; the listing and the confirmation it follows from; the
 * person, baby and suggested window); the key is claimed in `mail_sent` (insert or nothing) before the mail
 * is sent, so several processes running rounds at once send each reminder once. A send that fails gives the
 * claim back, for the next round to try again.
 */
export async function sendDueReminders(
  ctx: AppContext,
  opts: ReminderRoundOptions,
  log?: { warn(obj: object, msg: string): void },
): Promise<ReminderRoundResult> {
  const now = opts.now ?? Date.now();
  const due = ctx.remindersDue;
  const result: ReminderRoundResult = { sent: 0, alreadySent: 0, failed: 0 };
  const instrumentName = (id: string) => ctx.instruments.get(id)?.attune.shortName ?? id;
  const available = (id: string) => ctx.instruments.get(id)?.attune.available ?? false;

  async function deliver<K extends MailKind>(
    key: string,
    to: { id: string; email: string },
    reminder: ReminderKind,
    kind: K,
    data: (unsubscribe: string) => MailData[K],
  ) {
    if (opts.stopping?.()) return;
    if (await ctx.mailLog.sent(key)) {
      result.alreadySent++;
      return;
    }
    if (!(await ctx.mailLog.claim(key, to.id, reminder, now))) {
      result.alreadySent++;
      return;
    }
    const unsubscribe = unsubscribeUrl(opts.origin, opts.secret, to.id, reminder);
    const locale = (await ctx.preferences.get(to.id)).locale;
    try {
      const sent = await ctx.mail.send({
        to: to.email,
        ...renderMail(kind, locale, data(unsubscribe)),
        headers: unsubscribeHeaders(unsubscribe),
      });
      if (sent) result.sent++;
      else await ctx.mailLog.release(key);
    } catch (error) {
      result.failed++;
      await ctx.mailLog.release(key);
      log?.warn({ err: error, mail: kind }, "reminder mail could not be sent; it will be tried again");
    }
  }

  // A clinician's check-in requests: mailed once per due date, while its window is open and not yet done.
  for (let after = ""; ; ) {
    const requests = await due.runningRequests(now, after);
    if (!requests.length) break;
    after = requests.at(-1)?.id ?? after;
    const optedOut = await ctx.mailLog.optedOut(
      [...new Set(requests.map((r) => r.caregiver.id))],
      "checkin_requests",
    );
    const asked = requests.filter((r) => !optedOut.has(r.caregiver.id));
    const checkIns = await due.checkInsOf(
      [...new Set(asked.map((r) => r.caregiver.id))],
      now - REQUEST_LOOKBACK_MS,
    );
    for (const r of asked) {
      const completedOn = checkIns
        .filter(
          (c) =>
            c.userId === r.caregiver.id &&
            c.instrumentId === r.instrumentId &&
            (c.familyId === null || c.familyId === r.familyId),
        )
        .map((c) => localDate(c.completedAt, r.timeZone));
      const status = checkInStatus(r.schedule, completedOn, localDate(now, r.timeZone));
      if (status.state !== "due" || !status.latest) continue;
      const dueOn = status.latest.dueOn;
      await deliver(
        `checkin_request:${r.id}:${dueOn}`,
        r.caregiver,
        "checkin_requests",
        "checkin_request",
        (u) => ({
          name: r.caregiver.name,
          clinicianName: r.clinicianName,
          instrumentName: instrumentName(r.instrumentId),
          dueOn,
          url: `${opts.origin}/wellbeing`,
          unsubscribeUrl: u,
        }),
      );
    }
  }

  // A provider's listing, 90 days after it was last confirmed: once per confirmation.
  for (let after = ""; ; ) {
    const listings = await due.listingsToReconfirm(now - RECONFIRM_AFTER_DAYS * DAY_MS, after);
    if (!listings.length) break;
    after = listings.at(-1)?.id ?? after;
    const optedOut = await ctx.mailLog.optedOut(
      [...new Set(listings.map((l) => l.owner.id))],
      "listing_reconfirm",
    );
    for (const l of listings) {
      if (optedOut.has(l.owner.id)) continue;
      await deliver(
        `listing_reconfirm:${l.id}:${l.confirmedAt}`,
        l.owner,
        "listing_reconfirm",
        "listing_reconfirm",
        (u) => ({
          name: l.owner.name,
          listingName: l.name,
          url: `${opts.origin}/directory/mine`,
          unsubscribeUrl: u,
        }),
      );
    }
  }

  // Suggested check-ins (the reminders a caregiver keeps on in Settings): once per suggested window.
  for (let after: { userId: string; babyId: string } | null = null; ; ) {
    const pairs = await due.caregiversWithReminders(after);
    const last = pairs.at(-1);
    if (!last) break;
    after = { userId: last.userId, babyId: last.baby.id };
    const checkIns = await due.checkInsOf(
      [...new Set(pairs.map((p) => p.userId))],
      now - SUGGESTION_LOOKBACK_MS,
    );
    for (const p of pairs) {
      const done = checkIns
        .filter((c) => c.userId === p.userId && (c.babyId === null || c.babyId === p.baby.id))
        .map((c) => ({ instrumentId: c.instrumentId, completedOn: localDate(c.completedAt, p.timeZone) }));
      const today = localDate(now, p.timeZone);
      const role = checkInRoleOf(p.relationship as Relationship);
      for (const s of suggestedCheckIns(p.baby, role, done, today, available)) {
        if (s.status !== "due") continue;
        await deliver(
          `checkin_reminder:${p.userId}:${p.baby.id}:${s.key}`,
          { id: p.userId, email: p.email },
          "checkin_reminders",
          "checkin_reminder",
          (u) => ({
            name: p.name,
            babyName: p.baby.name,
            instrumentName: instrumentName(s.instrumentId),
            url: `${opts.origin}/wellbeing`,
            unsubscribeUrl: u,
          }),
        );
      }
    }
  }
  return result;
}

/**
 * Runs reminder rounds in the server process while mail is on: the first a minute after start, then every
 * 15 minutes. Mailed links need an address no request can forge, so rounds run only with PUBLIC_URL set.
 */
export function registerReminderMail(
  app: FastifyInstance,
  options: { secret: string; publicUrl: string | undefined; intervalMs?: number; firstAfterMs?: number },
) {
  const { mail } = app.attune;
  if (!mail.enabled) return;
  if (!options.publicUrl) {
    app.log.warn(
      "mail is on but PUBLIC_URL is not set: reminder mail is off, and mailed links use the address each request came to; set PUBLIC_URL to the address people use",
    );
    return;
  }
  const origin = options.publicUrl;
  let running: Promise<unknown> | null = null;
  let stopping = false;
  const round = () => {
    if (running || stopping) return;
    running = sendDueReminders(
      app.attune,
      { origin, secret: options.secret, stopping: () => stopping },
      app.log,
    )
      .catch((error: unknown) => app.log.error({ err: error }, "reminder mail round failed"))
      .finally(() => {
        running = null;
      });
  };
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    round();
    interval = setInterval(round, options.intervalMs ?? 15 * 60_000);
    interval.unref();
  }, options.firstAfterMs ?? 60_000);
  first.unref();
  app.addHook("preClose", async () => {
    stopping = true;
    clearTimeout(first);
    clearInterval(interval);
    // The mail being sent finishes (or times out); shutdown does not wait longer than a few seconds for it.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([running, new Promise((resolve) => (timer = setTimeout(resolve, 3_000)))]);
    clearTimeout(timer);
  });
}
