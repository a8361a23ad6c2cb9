import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadOrCreateSessionSecret } from "../../src/server/secret.js";

const dirs: string[] = [];
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), "attune-secret-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("session secret", () => {
  it("generates a long secret once, keeps it private, and reuses it", () => {
    const d = join(dir(), "nested");
    const first = loadOrCreateSessionSecret(d, undefined);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(d, "session-secret")).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSessionSecret(d, undefined)).toBe(first);
  });

  it("prefers a configured secret and writes nothing", () => {
    const d = dir();
    expect(loadOrCreateSessionSecret(d, "c".repeat(40))).toBe("c".repeat(40));
    expect(() => readFileSync(join(d, "session-secret"))).toThrow();
  });
});
