import { describe, expect, it } from "vitest";
import { DEFAULT_RADIUS_KM as SERVER_DEFAULT_RADIUS_KM } from "../../src/domain/directory/search-query.js";
import {
  DEFAULT_RADIUS_KM,
  distanceIn,
  distanceUnitFor,
  kmOf,
  radiusChoices,
  regionOfLanguageTag,
} from "../../src/web/pages/directory/distance.js";

describe("miles or kilometres", () => {
  it("follows the browser's region for someone signed out: miles in the US, the UK, Liberia and Myanmar", () => {
    expect(distanceUnitFor(null, ["en-US"])).toBe("mi");
    expect(distanceUnitFor(null, ["en-GB", "en"])).toBe("mi");
    expect(distanceUnitFor(undefined, ["my-MM"])).toBe("mi");
    expect(distanceUnitFor(null, ["en-LR"])).toBe("mi");
    expect(distanceUnitFor(null, ["es-MX"])).toBe("km");
    expect(distanceUnitFor(null, ["en-IE"])).toBe("km");
    expect(distanceUnitFor(null, ["es-419"])).toBe("km");
  });

  it("reads the first language that names a region, and kilometres when none does", () => {
    expect(distanceUnitFor(null, ["es", "en-US"])).toBe("mi");
    expect(distanceUnitFor(null, ["en"])).toBe("km");
    expect(distanceUnitFor(null, [])).toBe("km");
    expect(distanceUnitFor(null, ["not a tag!"])).toBe("km");
  });

  it("follows a signed-in person's units, then the region they chose, before the browser", () => {
    expect(distanceUnitFor({ weightUnit: "lb", volumeUnit: "ml", region: "ES" }, ["es-ES"])).toBe("mi");
    expect(distanceUnitFor({ weightUnit: "kg", volumeUnit: "oz", region: null }, ["es-MX"])).toBe("mi");
    // A parent in London weighs the baby in kilograms and still reads road signs in miles.
    expect(distanceUnitFor({ weightUnit: "kg", volumeUnit: "ml", region: "GB" }, ["es-ES"])).toBe("mi");
    expect(distanceUnitFor({ weightUnit: "kg", volumeUnit: "ml", region: "MX" }, ["en-US"])).toBe("km");
    expect(distanceUnitFor({ weightUnit: "kg", volumeUnit: "ml", region: null }, ["en-US"])).toBe("mi");
  });

  it("takes the region from a language tag", () => {
    expect(regionOfLanguageTag("en-US")).toBe("US");
    expect(regionOfLanguageTag("zh-Hant-TW")).toBe("TW");
    expect(regionOfLanguageTag("fr")).toBeNull();
  });
});

describe("distances and radii in the person's unit", () => {
  it("shows a distance to a tenth under 10 and whole above, in either unit", () => {
    expect(distanceIn(1, "mi")).toBe(0.6);
    expect(distanceIn(8, "mi")).toBe(5);
    expect(distanceIn(40.2, "mi")).toBe(25);
    expect(distanceIn(3.24, "km")).toBe(3.2);
    expect(distanceIn(12.6, "km")).toBe(13);
  });

  it("offers round radii in the person's unit and sends them in km", () => {
    expect(radiusChoices("km")).toEqual([5, 10, 25, 50, 100].map((n) => ({ km: String(n), amount: n })));
    expect(radiusChoices("mi")).toEqual([
      { km: "8", amount: 5 },
      { km: "16.1", amount: 10 },
      { km: "40.2", amount: 25 },
      { km: "80.5", amount: 50 },
      { km: "160.9", amount: 100 },
    ]);
    expect(kmOf(25, "mi")).toBe("40.2");
    expect(kmOf(25, "km")).toBe("25");
  });

  it("keeps the radius the search used among the choices, in its place, when it is not a round one", () => {
    expect(radiusChoices("mi", DEFAULT_RADIUS_KM).map((c) => c.amount)).toEqual([5, 10, 16, 25, 50, 100]);
    expect(radiusChoices("mi", "40.2").map((c) => c.amount)).toEqual([5, 10, 25, 50, 100]);
    expect(radiusChoices("km", "40.2").map((c) => c.km)).toEqual(["5", "10", "25", "40.2", "50", "100"]);
    expect(radiusChoices("km", "not a number")).toHaveLength(5);
  });

  it("uses the server's default radius when the address names none", () => {
    expect(Number(DEFAULT_RADIUS_KM)).toBe(SERVER_DEFAULT_RADIUS_KM);
  });
});
