import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/server/config.js";

const dir = mkdtempSync(join(tmpdir(), "attune-config-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("configuration from the environment", () => {
  it("has working defaults: port 3000, SQLite in ./data", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe("0.0.0.0");
    expect(c.database).toEqual({ kind: "sqlite", file: expect.stringMatching(/data\/attune\.db$/) });
    expect(c.trustProxy).toBe(false);
  });

  it("uses Postgres when DATABASE_URL is set", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db" }).database).toEqual({
      kind: "postgres",
      url: "postgres://u@h/db",
    });
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" }).port).toBe(3000);
  });

  it("collects every problem into one message that names each variable", () => {
    try {
      loadConfig({ PORT: "70000", SESSION_SECRET: "short", TRUST_PROXY: "maybe", PUBLIC_URL: "attune.org" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(4);
      expect(problems.join("\n")).toMatch(/PORT must be between 0 and 65535 \(got "70000"\)/);
      expect(problems.join("\n")).toMatch(/SESSION_SECRET must be at least 32 characters.*\(value hidden\)/);
      expect(problems.join("\n")).not.toContain("short");
      expect(problems.join("\n")).toMatch(/TRUST_PROXY must be true or false/);
      expect(problems.join("\n")).toMatch(/PUBLIC_URL must be a full http:\/\/ or https:\/\/ URL/);
    }
  });

  it("stops when ATTUNE_CITYBITS_TEXT names a file that is missing or does not fit, naming the variable", () => {
    const problemsOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems;
      }
      throw new Error("expected a ConfigError");
    };
    const missing = join(dir, "missing.json");
    expect(problemsOf({ ATTUNE_CITYBITS_TEXT: missing })).toEqual([
      `ATTUNE_CITYBITS_TEXT names a file that cannot be read (ENOENT) (got "${missing}")`,
    ]);
    const notJson = join(dir, "not.json");
    writeFileSync(notJson, "{ not json");
    expect(problemsOf({ ATTUNE_CITYBITS_TEXT: notJson })[0]).toMatch(
      /^ATTUNE_CITYBITS_TEXT names a file that is not valid JSON/,
    );
    // Placeholder words, 10 items: the EPDS's shape, not the City BiTS's 29.
    const wrong = join(dir, "wrong.json");
    const items = Array.from({ length: 10 }, (_, i) => ({
      text: `Placeholder question ${i + 1}`,
      options: ["a", "b"],
    }));
    writeFileSync(wrong, JSON.stringify({ instructions: "Placeholder instructions", items }));
    expect(problemsOf({ ATTUNE_CITYBITS_TEXT: wrong })[0]).toMatch(
      /^ATTUNE_CITYBITS_TEXT names a file that does not fit the City BiTS .*needs 29 items in order, found 10/,
    );
    // Both variables wrong: both named, in one message.
    const both = problemsOf({ ATTUNE_EPDS_TEXT: missing, ATTUNE_CITYBITS_TEXT: missing });
    expect(both.map((p) => p.split(" ")[0])).toEqual(["ATTUNE_EPDS_TEXT", "ATTUNE_CITYBITS_TEXT"]);
  });

  it("drops a trailing slash from PUBLIC_URL", () => {
    expect(loadConfig({ PUBLIC_URL: "https://attune.example.org/" }).publicUrl).toBe(
      "https://attune.example.org",
    );
  });
});
