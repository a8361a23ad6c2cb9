import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The secret that signs session cookies. When none is configured we generate one and keep it in the data
 * directory, so sessions survive a restart without the owner having to invent a secret by hand.
 * Several app processes behind a load balancer must share it: set SESSION_SECRET for them.
 */
export function loadOrCreateSessionSecret(dataDir: string, configured: string | undefined): string {
  if (configured) return configured;
  const file = join(dataDir, "session-secret");
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  // 0600: the secret is as sensitive as every session it signs.
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "w" });
  return secret;
}
