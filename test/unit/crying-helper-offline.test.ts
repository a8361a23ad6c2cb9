import { describe, expect, it } from "vitest";
import { emergencyNumbers } from "../../src/content/help/emergency.js";
import { bundledGuidance, methodOfSuggestion } from "../../src/web/pages/crying/bundled.js";
import { regionFromLanguages } from "../../src/web/pages/crying/region.js";

describe("the crying helper's region", () => {
  it("takes the first region Attune has numbers for from the browser's languages", () => {
    expect(regionFromLanguages(["en-GB", "en"])).toBe("GB");
    expect(regionFromLanguages(["es-MX"])).toBe("MX");
    expect(regionFromLanguages(["es", "es-419", "en-AU"])).toBe("AU");
    expect(regionFromLanguages(["zh-Hant-TW", "fr-FR"])).toBeNull();
    expect(regionFromLanguages([])).toBeNull();
  });
});

describe("the crying helper without the server", () => {
  const fever = {
    key: "fever" as const,
    urgent: true as const,
    why: { code: "temperature" as const, values: { celsius: 38.5, minutes: 10 } },
    whyText: "a temperature of 38.5 °C was logged 10 min ago",
  };

  it("puts a fever from this phone's log first, with the region's advice line", () => {
    const guidance = bundledGuidance({ lang: "en", region: "GB", ageDays: 35, alerts: [fever] });
    expect(guidance.redFlags[0]).toMatchObject({ key: "fever", urgent: true, phone: "111" });
    // The fever is not repeated in the checklist, and a fever in an older baby is only ever raised by the log.
    expect(guidance.redFlags.filter((f) => f.key === "fever")).toHaveLength(1);
    expect(guidance.redFlags.some((f) => f.key === "fever_older")).toBe(false);
    expect(guidance.help).toMatchObject({ emergency: "999", alsoEmergency: ["112"] });
    expect(guidance.reasons).toEqual([]);
  });

  it("gives every emergency flag the emergency number, in the asked language", () => {
    for (const region of ["US", "ES", "AU"] as const) {
      const guidance = bundledGuidance({ lang: "es", region, ageDays: null, alerts: [] });
      for (const flag of guidance.redFlags.filter((f) => f.action === "emergency"))
        expect(flag.phone).toBe(emergencyNumbers[region].emergency);
      expect(guidance.forCaregiver[0]?.text).toMatch(/^Respira/);
    }
  });

  it("stops offering swaddling once a baby may roll", () => {
    const young = bundledGuidance({ lang: "en", region: "US", ageDays: 20, alerts: [] });
    const older = bundledGuidance({ lang: "en", region: "US", ageDays: 70, alerts: [] });
    expect(young.soothing.suggestions.map((s) => s.key)).toContain("swaddling");
    expect(older.soothing.suggestions.map((s) => s.key)).not.toContain("swaddling");
  });

  it("maps a suggestion to what a soothing entry records, when it is one", () => {
    expect(methodOfSuggestion("hold_close")).toBe("holding_close");
    expect(methodOfSuggestion("burp")).toBeUndefined();
  });
});
