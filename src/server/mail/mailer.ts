import nodemailer from "nodemailer";
import type { RenderedMail } from "./templates.js";

/** The part of a logger the mailer uses (Fastify's pino logger fits). */
export interface MailLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface OutgoingMail extends RenderedMail {
  to: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Whether mail really leaves this server (SMTP_URL is set). */
  readonly enabled: boolean;
  /** The sender address mail goes out from (only meaningful when enabled). */
  readonly from: string;
  /** PUBLIC_URL, the origin links in mail point at; unset, a link uses the host its request came to. */
  readonly publicUrl: string | undefined;
  /**
   * Sends one message and says whether it was handed to the mail server. With mail off nothing is sent: the
   * links the message carries are written to the log for the person running the server, and this says false.
   */
  send(mail: OutgoingMail): Promise<boolean>;
  /** Sends without waiting (a request must not wait for, or reveal, a mail); failures are logged. */
  queue(mail: OutgoingMail): void;
  /** Waits (up to `ms`) for queued mail to go, then lets go of the transport. */
  close(ms?: number): Promise<void>;
}

/** Where a message goes, for the log: the domain only, since the log is not the place for addresses. */
const domainOf = (to: string) => to.slice(to.lastIndexOf("@") + 1);

function tracked(log: MailLog, deliver: (mail: OutgoingMail) => Promise<boolean>) {
  const inFlight = new Set<Promise<unknown>>();
  return {
    send: deliver,
    queue(mail: OutgoingMail) {
      const p = deliver(mail).catch((error: unknown) => {
        log.error({ err: error, mail: mail.kind, toDomain: domainOf(mail.to) }, "mail could not be sent");
      });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    },
    async drain(ms: number) {
      if (inFlight.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, ms);
        }),
      ]);
      clearTimeout(timer);
    },
  };
}

/**
 * Mail off (no SMTP_URL): Attune works without mail, and says so. Nothing pretends to be delivered: each link
 * that would have been mailed is written to the log at info level, so whoever runs the server can pass it on.
 */
export function mailOff(log: MailLog, publicUrl?: string): Mailer {
  const t = tracked(log, async (mail) => {
    log.info(
      { mail: mail.kind, to: mail.to, links: mail.links },
      "mail is off (SMTP_URL is not set): not sent; the link it would have carried is here",
    );
    return false;
  });
  return {
    enabled: false,
    from: "Attune <no-reply@localhost>",
    publicUrl,
    send: t.send,
    queue: t.queue,
    close: (ms = 3_000) => t.drain(ms),
  };
}

/** Mail through an SMTP server named by SMTP_URL (smtp:// upgrades with STARTTLS when offered; smtps:// is TLS). */
export function smtpMailer(url: string, from: string, log: MailLog, publicUrl?: string): Mailer {
  const transport = nodemailer.createTransport({
    url,
    // A mail server that does not answer must not hold a request or a shutdown for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  const t = tracked(log, async (mail) => {
    await transport.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ...(mail.headers ? { headers: mail.headers } : {}),
    });
    log.info({ mail: mail.kind, toDomain: domainOf(mail.to) }, "mail sent");
    return true;
  });
  return {
    enabled: true,
    from,
    publicUrl,
    send: t.send,
    queue: t.queue,
    async close(ms = 3_000) {
      await t.drain(ms);
      transport.close();
    },
  };
}

export function createMailer(
  config: { url: string; from: string } | null,
  log: MailLog,
  publicUrl?: string,
): Mailer {
  return config ? smtpMailer(config.url, config.from, log, publicUrl) : mailOff(log, publicUrl);
}

/** The origin for links in a mail made while answering this request. */
export function linkOrigin(mail: Mailer, request: { protocol: string; host: string }): string {
  return mail.publicUrl ?? `${request.protocol}://${request.host}`;
}
