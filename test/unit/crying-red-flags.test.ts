// The crying helper's warning signs: every sign the safety issue asks for is there, in English and Spanish,
// with its sources and the action its sources give (call the emergency number, or call a doctor now).
import { describe, expect, it } from "vitest";
import { forCaregiver, redFlags, soothingSuggestions } from "../../src/content/crying.js";
import { sources } from "../../src/content/sources.js";
import type { CryingAlert } from "../../src/domain/guidance/crying.js";
import { bundledGuidance } from "../../src/web/pages/crying/bundled.js";

const flag = (key: string) => {
  const found = redFlags.find((f) => f.key === key);
  if (!found) throw new Error(`no red flag ${key}`);
  return found;
};

describe("the crying helper's red flags", () => {
  it("gives every flag a unique key, both languages and sources from the registry", () => {
    const keys = redFlags.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of redFlags) {
      expect(f.text.en.trim(), f.key).not.toBe("");
      expect(f.text.es.trim(), f.key).not.toBe("");
      expect(f.text.es, f.key).not.toBe(f.text.en);
      expect(f.sources.length, f.key).toBeGreaterThan(0);
      for (const key of f.sources) expect(Object.hasOwn(sources, key), `${f.key}: ${key}`).toBe(true);
    }
  });

  // Each with the action its sources give: the NHS says 999 (or A&E) for a first fit, a rash that does not
  // fade under a glass, a bulging soft spot (meningitis) and green vomit; an urgent GP or 111 for blood in
  // the poo and for 39 °C or more at 3–6 months (NICE NG143: amber).
  it.each([
    ["bulging_fontanelle", /\b(soft spot|fontanelle)\b/i, "emergency"],
    ["seizure", /\b(fit|seizure)\b/i, "emergency"],
    ["non_blanching_rash", /\brash\b.*\b(glass|fade)\b/i, "emergency"],
    ["blood_in_poo", /blood in your baby's poo \(stool\)/i, "call_doctor"],
    ["green_or_bloody_vomit", /green[^.;]{0,30}vomit/i, "emergency"],
    ["fever_3_to_6_months", /39 °C \(102\.2 °F\).*3 to 6 months/, "call_doctor"],
  ] as const)("has %s, with the action its sources give", (key, words, action) => {
    const f = flag(key);
    expect(f.text.en).toMatch(words);
    expect(f.action).toBe(action);
    // In the checklist for every baby, not only when the log raises it.
    expect(f.onlyWhenLogged).toBeUndefined();
  });

  it("keeps the seizure flag on its own, apart from falls and injuries", () => {
    expect(flag("seizure").text.en).not.toMatch(/\b(falls?|knock|injur)/i);
    expect(flag("seizure").text.es).toMatch(/convulsi[oó]n/);
  });

  it("says the age and the number in both languages for the 3–6 months fever", () => {
    const f = flag("fever_3_to_6_months");
    expect(f.text.en).toContain("39 °C");
    expect(f.text.en).toContain("102.2 °F");
    expect(f.text.es).toMatch(/39 °C \(102,2 °F\).*de 3 a 6 meses/);
    expect(f.sources).toEqual(expect.arrayContaining(["niceNg143", "nhsFeverChildren"]));
  });

  it("writes neutral Spanish with tú: lo/la for the baby, not le; no vosotros", () => {
    const spanish = [
      ...redFlags.map((f) => f.text.es),
      ...soothingSuggestions.map((s) => s.text.es),
      ...forCaregiver.map((l) => l.text.es),
    ];
    for (const text of spanish) {
      expect(text).not.toMatch(/\b(despertarle|cálmale|mécele|envuélvele|ayúdale|sacudirle|abrázale)\b/i);
      expect(text).not.toMatch(/\b(vosotros|vosotras|os)\b/i);
    }
  });
});

describe("the 3–6 months fever in the helper without the server", () => {
  const high: CryingAlert = {
    key: "fever_3_to_6_months",
    urgent: true,
    why: { code: "temperature", values: { celsius: 39.2, minutes: 30 } },
    whyText: "a temperature of 39.2 °C was logged 30 min ago",
  };

  it("comes first when this phone's log raises it, with the advice line, and is not repeated", () => {
    const guidance = bundledGuidance({ lang: "en", region: "GB", ageDays: 120, alerts: [high] });
    expect(guidance.redFlags[0]).toMatchObject({
      key: "fever_3_to_6_months",
      urgent: true,
      action: "call_doctor",
      phone: "111",
    });
    expect(guidance.redFlags.filter((f) => f.key === "fever_3_to_6_months")).toHaveLength(1);
  });

  it("is in the checklist beside the under-3-months fever when nothing is logged", () => {
    const guidance = bundledGuidance({ lang: "es", region: "MX", ageDays: 120, alerts: [] });
    const keys = guidance.redFlags.map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(["fever", "fever_3_to_6_months", "seizure"]));
    expect(keys).not.toContain("fever_older");
    expect(guidance.redFlags.every((f) => !f.urgent)).toBe(true);
  });
});
