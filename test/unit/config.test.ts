import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/server/config.js";

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

  it("drops a trailing slash from PUBLIC_URL", () => {
    expect(loadConfig({ PUBLIC_URL: "https://attune.example.org/" }).publicUrl).toBe(
      "https://attune.example.org",
    );
  });
});
