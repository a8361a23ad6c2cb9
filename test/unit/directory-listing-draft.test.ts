import { describe, expect, it } from "vitest";
import { listingInputSchema } from "../../src/domain/directory/listing-input.js";
import {
  draftOf,
  fieldOfPath,
  fieldsOfServerError,
  inputOf,
  restoreDraft,
} from "../../src/web/pages/directory/listingDraft.js";

const full = listingInputSchema.parse({
  name: "Rosa Delgado",
  kind: "individual",
  organization: "Harbor Perinatal",
  about: "Therapy for parents after a hard birth, in English and Spanish.",
  services: ["therapy"],
  focus: ["birth_trauma"],
  approaches: [],
  credentials: [{ type: "lcsw", detail: "CA 12345" }],
  languages: ["en", "es"],
  insurance: [],
  fees: "$120, sliding scale",
  slidingScale: true,
  accepting: false,
  inPerson: { city: "San Francisco", region: "CA", postcode: "94110", country: "US", showAddress: false },
  telehealth: ["US-CA"],
  contact: { phone: "+1 415 555 0100", website: "https://example.org" },
});

describe("the listing form's draft", () => {
  it("gives back the same listing an edit started from", () => {
    expect(listingInputSchema.parse(inputOf(draftOf(full)))).toEqual(full);
  });

  it("keeps the language and region codes picked by name, in the order picked", () => {
    const draft = { ...draftOf(full), languages: ["pl", "en"], telehealth: ["US-CA", "GB"] };
    const input = listingInputSchema.parse(inputOf(draft));
    expect(input.languages).toEqual(["pl", "en"]);
    expect(input.telehealth).toEqual(["US-CA", "GB"]);
  });

  it("starts a new application in English, with no video regions", () => {
    expect(draftOf()).toMatchObject({ languages: ["en"], telehealth: [] });
  });

  it("restores a kept draft field by field, dropping what no longer fits the form", () => {
    const kept = JSON.parse(JSON.stringify({ ...draftOf(full), name: "Kept" }));
    expect(restoreDraft(kept)).toEqual({ ...draftOf(full), name: "Kept" });
    // An older form kept languages as typed text; an unknown country or a stray field is not carried over.
    expect(restoreDraft({ name: "Old", languages: "en, es", country: "FR", extra: 1 })).toEqual({
      ...draftOf(),
      name: "Old",
    });
    expect(restoreDraft(null)).toBeNull();
    expect(restoreDraft("a string")).toBeNull();
  });

  it("sends no place when the provider sees clients only by video", () => {
    const draft = { ...draftOf(full), inPerson: false, city: "Left over" };
    expect(listingInputSchema.parse(inputOf(draft)).inPerson).toBeNull();
  });
});

describe("which field a problem belongs to", () => {
  it("names the field of each problem the shared schema finds", () => {
    const draft = { ...draftOf(), name: "R", city: "", telehealth: [], email: "not an email" };
    const result = listingInputSchema.safeParse(inputOf(draft));
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((i) => fieldOfPath(i.path)));
    expect(fields).toEqual(new Set(["name", "about", "services", "city", "email"]));
  });

  it("puts 'no place and no video' on where, and 'no way to reach you' on contact", () => {
    expect(fieldOfPath(["inPerson"])).toBe("where");
    expect(fieldOfPath(["contact"])).toBe("contact");
    expect(fieldOfPath(["contact", "website"])).toBe("website");
    expect(fieldOfPath(["somethingElse"])).toBeNull();
  });

  it("reads the server's refusals: an unknown place, and validation issue paths", () => {
    expect(fieldsOfServerError("unknown_place", { field: "inPerson" })).toEqual({ place: true });
    expect(
      fieldsOfServerError("invalid_input", {
        in: "body",
        issues: [{ path: "/inPerson/city" }, { path: "/contact/phone" }, { path: "" }],
      }),
    ).toEqual({ city: true, phone: true });
    expect(fieldsOfServerError("too_many_listings", undefined)).toBeNull();
  });
});
