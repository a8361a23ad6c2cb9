import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One message as it arrived at the in-process SMTP server, parsed. */
export interface Arrived {
  /** Envelope: who the server was told it came from and goes to. */
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail["headers"];
  raw: string;
}

export interface SmtpTestServer {
  /** smtp://127.0.0.1:port, for SMTP_URL. */
  url: string;
  messages: Arrived[];
  /** The first message (arrived or arriving within `ms`) that matches; throws when none does. */
  waitFor(match: (m: Arrived) => boolean, ms?: number): Promise<Arrived>;
  /** Every message to this address so far. */
  to(address: string): Arrived[];
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process (the smtp-server package, as mail servers use it), so that tests read
 * what Attune actually sent over SMTP, parsed by mailparser as a mail app would.
 */
export async function startSmtpServer(): Promise<SmtpTestServer> {
  const messages: Arrived[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: parsed.html || "",
              headers: parsed.headers,
              raw,
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) => messages.filter((m) => m.to.includes(address.toLowerCase())),
    async waitFor(match, ms = 10_000) {
      const t0 = Date.now();
      for (;;) {
        const hit = messages.find(match);
        if (hit) return hit;
        if (Date.now() - t0 > ms)
          throw new Error(`no matching mail within ${ms} ms (${messages.length} arrived)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every http(s) link in a message's text part. */
export const linksIn = (m: Arrived) => [...m.text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((x) => x[0]);
