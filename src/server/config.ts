import { resolve } from "node:path";
import { z } from "zod";
import type { InstrumentId } from "../content/instruments/index.js";
import type { InstrumentDefinition } from "../domain/screening/definition.js";
import { loadInstrumentWording, runtimeWordingFiles } from "./instrument-wording.js";

/**
 * Everything Attune reads from the environment, validated once at start.
 * A bad value stops the process with a message that names the variable and says what would work,
 * because a server that starts half-configured is worse than one that refuses to start.
 */
const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(0, "must be between 0 and 65535")
  .max(65535, "must be between 0 and 65535");

function urlOrNull(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
/** "someone@host" or "Display Name <someone@host>". */
const mailFromPattern = /^(?:[^<>@\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/;

const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      "must start with postgres:// (leave it unset to use the embedded SQLite file)",
    )
    .optional(),
  PUBLIC_URL: z
    .string()
    .regex(
      /^https?:\/\/[^\s/]+(\/\S*)?$/,
      "must be a full http:// or https:// URL such as https://attune.example.org",
    )
    .optional(),
  SESSION_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (or leave it unset to generate one)")
    .optional(),
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .default(600),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  NODE_ENV: z.string().default("development"),
  /** Outgoing mail: smtp://user:pass@host:port or smtps://… (TLS from the start). Unset: mail is off. */
  SMTP_URL: z
    .string()
    .refine(
      (v) => /^smtps?:$/.test(urlOrNull(v)?.protocol ?? "") && (urlOrNull(v)?.hostname ?? "") !== "",
      "must be smtp://user:password@host:port or smtps://… with a host (or leave it unset to keep mail off)",
    )
    .optional(),
  /** The sender of every mail: an address, or a name and an address ("Attune <attune@example.org>"). */
  MAIL_FROM: z
    .string()
    .refine(
      (v) => mailFromPattern.test(v.trim()),
      'must be an address such as attune@example.org or "Attune <attune@example.org>"',
    )
    .optional(),
  /**
   * Whether a Baby Buddy pull may reach an address on a private network or this machine: yes on a home
   * server next to a Baby Buddy on the same network; no (the default) where strangers share the server.
   */
  IMPORT_PRIVATE_HOSTS: z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** A local file with the EPDS wording, for a deployment that holds the Royal College's permission. */
  ATTUNE_EPDS_TEXT: z.string().min(1).optional(),
  /** A local file with the City BiTS wording as City, University of London publishes it (CC BY). */
  ATTUNE_CITYBITS_TEXT: z.string().min(1).optional(),
});

const secretVariables = new Set(["SESSION_SECRET", "DATABASE_URL", "SMTP_URL"]);

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };
  publicUrl: string | undefined;
  sessionSecret: string | undefined;
  trustProxy: boolean;
  /** Requests per minute per client address for the per-process flood guard. */
  rateLimitPerMinute: number;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** Outgoing mail, or null when SMTP_URL is unset (mail off: links go to the log instead). */
  mail: { url: string; from: string } | null;
  production: boolean;
  /** A Baby Buddy pull may reach private and loopback addresses (IMPORT_PRIVATE_HOSTS). */
  importPrivateHosts: boolean;
  /**
   * Instruments completed with a deployment's wording file (the EPDS from ATTUNE_EPDS_TEXT, the City BiTS
   * from ATTUNE_CITYBITS_TEXT), in place of the shipped placeholders; one without its file is unavailable.
   */
  wording: Partial<Record<InstrumentId, InstrumentDefinition>>;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Attune cannot start: the configuration has ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`,
    );
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings are treated as unset: `PORT= npm start` should mean "the default", not "port NaN".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        // Secrets and connection strings (which can hold a password) are never echoed into logs.
        const shown = secretVariables.has(name) ? "(value hidden)" : `(got "${String(env[name])}")`;
        return `${name} ${i.message} ${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  // Read at start, not on first use: a wording file that does not fit should stop the server now.
  const wording: Partial<Record<InstrumentId, InstrumentDefinition>> = {};
  const wordingProblems: string[] = [];
  for (const { id, variable } of runtimeWordingFiles) {
    const path = e[variable];
    if (!path) continue;
    const loaded = loadInstrumentWording(id, resolve(path));
    if (loaded.ok) wording[id] = loaded.definition;
    else wordingProblems.push(`${variable} ${loaded.problem} (got "${path}")`);
  }
  if (wordingProblems.length) throw new ConfigError(wordingProblems);
  // A mail server needs a sender it will accept; guessing one would land mail in spam or be refused.
  if (e.SMTP_URL && !e.MAIL_FROM)
    throw new ConfigError([
      'MAIL_FROM must be set when SMTP_URL is: the address mail comes from, such as "Attune <attune@example.org>"',
    ]);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "sqlite", file: resolve(dataDir, "attune.db") },
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    sessionSecret: e.SESSION_SECRET,
    trustProxy: e.TRUST_PROXY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    mail: e.SMTP_URL && e.MAIL_FROM ? { url: e.SMTP_URL, from: e.MAIL_FROM.trim() } : null,
    production: e.NODE_ENV === "production",
    importPrivateHosts: e.IMPORT_PRIVATE_HOSTS,
    wording,
  };
}
