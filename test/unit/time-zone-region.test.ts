// A new family's help region is guessed from its time zone: right when the zone lies in one region Attune
// has numbers for, and no guess at all (null) otherwise, because a wrong guess shows numbers that may not connect.
import { describe, expect, it } from "vitest";
import { helpRegions } from "../../src/content/help/emergency.js";
import { regionFromTimeZone, zonesByRegion } from "../../src/content/help/time-zone-region.js";
import { timeZoneSchema } from "../../src/domain/family.js";

describe("the help region of a time zone", () => {
  it.each([
    ["America/Chicago", "US"],
    ["America/Indiana/Knox", "US"],
    ["Pacific/Honolulu", "US"],
    ["US/Eastern", "US"],
    ["Europe/London", "GB"],
    ["GB", "GB"],
    ["Europe/Dublin", "IE"],
    ["Europe/Madrid", "ES"],
    ["Atlantic/Canary", "ES"],
    ["Africa/Ceuta", "ES"],
    ["America/Mexico_City", "MX"],
    ["America/Tijuana", "MX"],
    ["America/Toronto", "CA"],
    ["America/St_Johns", "CA"],
    ["Canada/Pacific", "CA"],
    ["Australia/Perth", "AU"],
    ["Australia/Lord_Howe", "AU"],
  ])("%s is %s", (zone, region) => {
    expect(regionFromTimeZone(zone)).toBe(region);
  });

  it("ignores case and stray spaces, as zone names do", () => {
    expect(regionFromTimeZone("europe/london")).toBe("GB");
    expect(regionFromTimeZone(" America/New_York ")).toBe("US");
  });

  it("makes no guess for shared zones, other countries and territories with their own code", () => {
    for (const zone of [
      "UTC",
      "Etc/GMT+5",
      "Europe/Paris",
      "Europe/Lisbon",
      "Pacific/Auckland",
      "America/Bogota",
      "America/Puerto_Rico",
      "Pacific/Guam",
      "Pacific/Johnston",
      "Europe/Jersey",
      "Europe/Gibraltar",
      "Antarctica/Macquarie",
      "Not/AZone",
      "",
    ])
      expect(regionFromTimeZone(zone), zone).toBeNull();
    expect(regionFromTimeZone(null)).toBeNull();
    expect(regionFromTimeZone(undefined)).toBeNull();
  });

  it("lists only zone names the API accepts, each in one region", () => {
    const seen = new Map<string, string>();
    for (const region of helpRegions) {
      for (const zone of zonesByRegion[region]) {
        expect(timeZoneSchema.safeParse(zone).success, zone).toBe(true);
        expect(seen.get(zone.toLowerCase()), zone).toBeUndefined();
        seen.set(zone.toLowerCase(), region);
      }
    }
  });

  it("covers every Australian zone this runtime knows", () => {
    const australian = Intl.supportedValuesOf("timeZone").filter((z) => z.startsWith("Australia/"));
    expect(australian.length).toBeGreaterThan(0);
    for (const zone of australian) expect(regionFromTimeZone(zone), zone).toBe("AU");
  });
});
