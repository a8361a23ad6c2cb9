import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { instruments } from "../../src/content/instruments/index.js";
import { instrumentRegistry } from "../../src/content/instruments/registry.js";
import { applyRuntimeWording } from "../../src/domain/screening/wording.js";
import { ConfigError, loadConfig } from "../../src/server/config.js";

const dir = mkdtempSync(join(tmpdir(), "attune-epds-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Placeholder wording in the file format; never the College's text. */
const wording = (items = 10, options = 4) => ({
  instructions: "Placeholder instructions",
  items: Array.from({ length: items }, (_, i) => ({
    text: `Placeholder ${i + 1}`,
    options: Array.from({ length: options }, (_, o) => `Option ${i + 1}.${o + 1}`),
  })),
});
const write = (name: string, content: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems.join("\n");
  }
  throw new Error("expected a ConfigError");
};

describe("EPDS wording supplied at run time", () => {
  it("lays the words over the shipped structure and keeps every score", () => {
    const applied = applyRuntimeWording(instruments.epds, wording(), "epds.json");
    if (!applied.ok) throw new Error(applied.problems.join("; "));
    const d = applied.definition;
    expect(d.attune.available).toBe(true);
    expect(d.attune.unavailableReason).toBeUndefined();
    expect(d.attune.wording.status).toBe("verified");
    expect(d.item[9]?.text).toBe("Placeholder 10");
    expect(d.item.map((i) => i.answerOption.map((o) => o.score))).toEqual(
      instruments.epds.item.map((i) => i.answerOption.map((o) => o.score)),
    );
    expect(d.attune.safety).toEqual(instruments.epds.attune.safety);
    // The shipped definition itself is untouched.
    expect(instruments.epds.attune.available).toBe(false);
  });

  it("refuses a file that does not fit, saying where", () => {
    const short = applyRuntimeWording(instruments.epds, wording(9), "x");
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.problems.join()).toMatch(/needs 10 items/);
    const fewer = applyRuntimeWording(instruments.epds, wording(10, 3), "x");
    if (fewer.ok) throw new Error("expected a problem");
    expect(fewer.problems[0]).toMatch(/item 1 has 4 options, found 3/);
    const extra = applyRuntimeWording(instruments.epds, { ...wording(), scores: [1] }, "x");
    expect(extra.ok).toBe(false);
  });

  it("loads at start-up from ATTUNE_EPDS_TEXT, and the registry lists it with the offered instruments", () => {
    const config = loadConfig({ ATTUNE_EPDS_TEXT: write("good.json", JSON.stringify(wording())) });
    expect(config.wording.epds?.attune.available).toBe(true);
    const registry = instrumentRegistry(config.wording);
    expect(registry.get("epds")?.item[0]?.text).toBe("Placeholder 1");
    expect(registry.all.findIndex((d) => d.id === "epds")).toBeLessThan(
      registry.all.findIndex((d) => d.id === "paas"),
    );
    expect(loadConfig({}).wording).toEqual({});
  });

  it("stops start-up with a message naming the variable when the file is missing, not JSON or the wrong shape", () => {
    expect(problemsOf({ ATTUNE_EPDS_TEXT: join(dir, "missing.json") })).toMatch(
      /^ATTUNE_EPDS_TEXT names a file that cannot be read \(ENOENT\)/,
    );
    expect(problemsOf({ ATTUNE_EPDS_TEXT: write("bad.json", "{ not json") })).toMatch(
      /^ATTUNE_EPDS_TEXT names a file that is not valid JSON/,
    );
    expect(problemsOf({ ATTUNE_EPDS_TEXT: write("short.json", JSON.stringify(wording(8))) })).toMatch(
      /^ATTUNE_EPDS_TEXT names a file that does not fit the EPDS.*needs 10 items/,
    );
  });
});
