import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { notFound, resourceKeys } from "../../src/server/errors.js";

const en = JSON.parse(readFileSync(new URL("../../src/web/i18n/en.json", import.meta.url), "utf8"));
const es = JSON.parse(readFileSync(new URL("../../src/web/i18n/es.json", import.meta.url), "utf8"));

describe("notFound(resource)", () => {
  it("says it in English and names the resource for the web app", () => {
    const e = notFound("thought_record");
    expect(e.statusCode).toBe(404);
    expect(e.code).toBe("not_found");
    expect(e.message).toBe("That thought record was not found.");
    expect(e.details).toEqual({ resource: "thought_record" });
    expect(notFound("account", { own: true }).message).toBe("Your account was not found.");
    expect(notFound("check_in_request").message).toBe("That check-in request was not found.");
  });

  it("keys each resource as its English message has always been keyed", () => {
    for (const key of resourceKeys) {
      const subject = notFound(key).message.replace(/ was not found\.$/, "");
      const derived = subject
        .replace(/^(That|Your) /, "")
        .toLowerCase()
        .replace(/[^a-z]+/g, "_");
      expect(derived).toBe(key);
    }
  });

  it("every key the web app translates is one the server sends", () => {
    for (const bundle of [en, es])
      for (const key of Object.keys(bundle.errors.notFound)) expect(resourceKeys).toContain(key);
  });
});
